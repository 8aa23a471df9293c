import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';
import type { XapiTables } from './xapi.tables.js';

export interface ClientRecord {
  id: string;
  organisationId: string;
  name: string;
  key: string;
  canRead: boolean;
  canWrite: boolean;
  createdAt: Date;
  revokedAt: Date | null;
}

/** The only SQL of LRS clients. */
@Injectable()
export class ClientsRepository {
  private readonly db: Kysely<DB & XapiTables>;

  constructor(@Inject(DATABASE) db: Database) {
    this.db = db.withTables<XapiTables>();
  }

  private selectClient() {
    return this.db
      .selectFrom('xapi_clients')
      .select([
        'id',
        'organisation_id as organisationId',
        'name',
        'key',
        'can_read as canRead',
        'can_write as canWrite',
        'created_at as createdAt',
        'revoked_at as revokedAt',
      ]);
  }

  insertClient(client: { organisationId: string; name: string; key: string; secretHash: string; canRead: boolean; canWrite: boolean }) {
    return this.db
      .insertInto('xapi_clients')
      .values({
        organisation_id: client.organisationId,
        name: client.name,
        key: client.key,
        secret_hash: client.secretHash,
        can_read: client.canRead,
        can_write: client.canWrite,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  findClient(id: string): Promise<ClientRecord | undefined> {
    return this.selectClient().where('id', '=', id).executeTakeFirst();
  }

  findClientsOfOrganisation(organisationId: string): Promise<ClientRecord[]> {
    return this.selectClient().where('organisation_id', '=', organisationId).orderBy('created_at').orderBy('id').execute();
  }

  /** An active client by its key, with its secret's hash. */
  findActiveByKey(key: string): Promise<(ClientRecord & { secretHash: string }) | undefined> {
    return this.selectClient()
      .select('secret_hash as secretHash')
      .where('key', '=', key)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }

  async revokeClient(id: string, at: Date): Promise<void> {
    await this.db.updateTable('xapi_clients').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';

export interface PackageRecord {
  id: string;
  title: string;
  mainLibrary: string;
  uploadedBy: string | null;
  organisationId: string | null;
  sizeBytes: number;
  expandedBytes: number;
  createdAt: Date;
}

/** The only file with SQL for the H5P tables. */
@Injectable()
export class H5pRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private selectPackages() {
    return this.db
      .selectFrom('h5p_packages')
      .select([
        'id',
        'title',
        'main_library as mainLibrary',
        'uploaded_by as uploadedBy',
        'organisation_id as organisationId',
        'size_bytes as sizeBytes',
        'expanded_bytes as expandedBytes',
        'created_at as createdAt',
      ]);
  }

  async insertPackage(record: Omit<PackageRecord, 'createdAt'>): Promise<void> {
    await this.db
      .insertInto('h5p_packages')
      .values({
        id: record.id,
        title: record.title,
        main_library: record.mainLibrary,
        uploaded_by: record.uploadedBy,
        organisation_id: record.organisationId,
        size_bytes: record.sizeBytes,
        expanded_bytes: record.expandedBytes,
      })
      .execute();
  }

  async findPackage(id: string): Promise<PackageRecord | undefined> {
    const row = await this.selectPackages().where('id', '=', id).executeTakeFirst();
    return row && toPackage(row);
  }

  /** Packages of these organisations and those installed for the whole platform, newest first. */
  async findPackagesOf(organisationIds: readonly string[]): Promise<PackageRecord[]> {
    const rows = await this.selectPackages()
      .where((eb) =>
        organisationIds.length > 0
          ? eb.or([eb('organisation_id', 'is', null), eb('organisation_id', 'in', organisationIds)])
          : eb('organisation_id', 'is', null),
      )
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(500)
      .execute();
    return rows.map(toPackage);
  }

  async findUserData(userId: string, attemptId: string, elementId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('h5p_user_data')
      .select('data')
      .where('user_id', '=', userId)
      .where('attempt_id', '=', attemptId)
      .where('element_id', '=', elementId)
      .executeTakeFirst();
    return row?.data;
  }

  async upsertUserData(row: { userId: string; attemptId: string; elementId: string; packageId: string; data: string }): Promise<void> {
    await this.db
      .insertInto('h5p_user_data')
      .values({ user_id: row.userId, attempt_id: row.attemptId, element_id: row.elementId, package_id: row.packageId, data: row.data })
      .onConflict((oc) =>
        oc.constraint('h5p_user_data_pkey').doUpdateSet({ data: row.data, package_id: row.packageId, updated_at: sql<Date>`now()` }),
      )
      .execute();
  }
}

function toPackage(
  row: Omit<PackageRecord, 'sizeBytes' | 'expandedBytes'> & { sizeBytes: string | number; expandedBytes: string | number },
) {
  return { ...row, sizeBytes: Number(row.sizeBytes), expandedBytes: Number(row.expandedBytes) };
}

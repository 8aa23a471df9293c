import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export enum XapiPermission {
  READ = 'READ',
  WRITE = 'WRITE',
  READ_WRITE = 'READ_WRITE',
}
registerEnumType(XapiPermission, {
  name: 'XapiPermission',
  description: 'What an LRS client may do with the statements and documents of its organisation.',
});

@ObjectType({
  description: 'A tool allowed to write to or read from the learning record store (/xapi) of an organisation, with HTTP Basic.',
})
export class XapiClient {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() name: string;
  @Field({ description: 'The user name of HTTP Basic.' }) key: string;
  @Field(() => XapiPermission) permission: `${XapiPermission}`;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'Set once revoked: the credentials no longer work.' }) revokedAt: Date | null;
}

@ObjectType()
export class CreatedXapiClient {
  @Field(() => XapiClient) client: XapiClient;
  @Field({ description: 'The password of HTTP Basic: shown this once, kept only as a hash.' }) secret: string;
  @Field({ description: 'The LRS endpoint to give the tool.' }) endpoint: string;
}

@InputType()
export class CreateXapiClientInput {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field({ description: 'What the tool is, for the admins (1 to 120 characters).' }) @IsString() @IsNotEmpty() @MaxLength(120) name: string;
  @Field(() => XapiPermission) @IsEnum(XapiPermission) permission: XapiPermission;
}

@ObjectType({
  description:
    'An external learning record store that receives the statements of an organisation and of those under it, in batches, in order, retried when it is down.',
})
export class XapiForwarding {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field({ description: 'The LRS endpoint (its Statements resource is under it).' }) endpoint: string;
  @Field({ description: 'The user name of HTTP Basic; the secret is never returned.' }) key: string;
  @Field(() => Float, { description: 'Statements the other LRS has accepted since this endpoint was set.' }) sentCount: number;
  @Field(() => Date, { nullable: true }) lastSentAt: Date | null;
  @Field(() => Int, { description: 'Failed sends in a row (0 when the last one went through).' }) failures: number;
  @Field({ description: 'When the next send is tried.' }) nextAttemptAt: Date;
  @Field(() => String, { nullable: true, description: 'Why the last send failed, when it did.' }) lastError: string | null;
  @Field() createdAt: Date;
}

@InputType()
export class SetXapiForwardingInput {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field({ description: 'The LRS endpoint, e.g. https://lrs.example.fr/xapi/ (https in production).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  endpoint: string;
  @Field({ description: 'The user name of HTTP Basic.' }) @IsString() @IsNotEmpty() @MaxLength(500) key: string;
  @Field({ description: 'The password of HTTP Basic: stored encrypted, never shown again.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  secret: string;
}

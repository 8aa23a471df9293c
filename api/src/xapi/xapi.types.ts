import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
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

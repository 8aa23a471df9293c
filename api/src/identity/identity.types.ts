import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '../core/roles.js';

registerEnumType(Role, { name: 'Role' });

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Null for people known only by an ENT identifier.' }) email: string | null;
  @Field() displayName: string;
  @Field(() => [Role]) roles: Role[];
}

@InputType()
export class SignInInput {
  @Field() @IsEmail() @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(1024) password: string;
}

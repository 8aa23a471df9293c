import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Sign-in through the académie’s ENT (OpenID Connect).' })
export class SsoOption {
  @Field(() => String, {
    nullable: true,
    description: 'The button text the administrator chose (OIDC_LABEL); null: the interface’s own words.',
  })
  label: string | null;
}

@ObjectType()
export class SignInOptions {
  @Field(() => SsoOption, { nullable: true, description: 'Null when single sign-on is off.' })
  sso: SsoOption | null;
}

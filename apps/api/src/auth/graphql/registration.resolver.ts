import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { AuthPayloadObject } from './auth-payload.object';
import { ClientAddress } from '../../core/actor/current-actor.decorator';
import { Public } from '../../core/actor/public.decorator';
import { RegisterInput } from './register.input';
import { RegistrationsService } from '../services/registrations.service';

@InputType()
export class ConfirmRegistrationInput {
  @Field({ description: 'The secret part of the link in the registration e-mail (after #).' }) token: string;
  @Field({ description: '12 to 128 characters, not easy to guess.' }) password: string;
  @Field() displayName: string;
}

@Resolver()
export class RegistrationResolver {
  constructor(private readonly registrations: RegistrationsService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Starts a registration: always answers true, whether the address has an account or not. The e-mail sent to it says what to do: confirm and set up the account, or log in.',
  })
  async register(@Args('input') input: RegisterInput, @ClientAddress() address: string): Promise<boolean> {
    await this.registrations.request(input, address);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Creates the account of a confirmed address, from the link in the registration e-mail, and logs it in.' })
  async confirmRegistration(@Args('input') input: ConfirmRegistrationInput, @ClientAddress() address: string): Promise<AuthPayloadObject> {
    return AuthPayloadObject.from(await this.registrations.confirm(input, address));
  }
}

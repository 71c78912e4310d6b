import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DelegationEvent } from './delegation-event.entity';

@Resolver(() => DelegationEvent)
export class DelegationEventResolver {
  @ResolveField(() => String, {
    description: 'What changed, as JSON (fields, consent, capacity, actor kind)',
  })
  details(@Parent() event: DelegationEvent): string {
    return JSON.stringify(event.details);
  }
}

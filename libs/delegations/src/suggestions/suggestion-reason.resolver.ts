import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { reasonLang, suggestionText } from './suggestion-reason-text';
import { SuggestionReason } from './suggestion.types';

type Request = { req?: { acceptsLanguages?: (...langs: string[]) => string | false } };

/** Words a suggestion reason in the language asked: the `lang` argument, else Accept-Language, else English. */
@Resolver(() => SuggestionReason)
export class SuggestionReasonResolver {
  @ResolveField(() => String, { description: 'The reason as a sentence in the language asked' })
  text(
    @Parent() reason: SuggestionReason,
    @Args('lang', {
      type: () => String,
      nullable: true,
      description: 'fr or en; by default the Accept-Language header of the request, else English',
    })
    lang: string | null,
    @Context() context: Request,
  ): string {
    return suggestionText({ code: reason.code, params: reason.params }, reasonLang(lang, context.req));
  }
}

import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MatchReason, PartnerMatch, ProjectMatch } from './partner-match.types';
import { missingText } from './wording/missing-text';
import { reasonLang, reasonText } from './wording/reason-text';

type Request = { req?: { acceptsLanguages?: (...langs: string[]) => string | false } };

const LANG_ARG = {
  name: 'lang',
  type: () => String,
  nullable: true,
  description: 'fr or en; by default the Accept-Language header of the request, else English',
} as const;

/** Words a reason in the language asked: the `lang` argument, else Accept-Language, else English. */
@Resolver(() => MatchReason)
export class MatchReasonResolver {
  @ResolveField(() => String, { description: 'The reason as a sentence in the language asked' })
  text(
    @Parent() reason: MatchReason,
    @Args(LANG_ARG) lang: string | null,
    @Context() context: Request,
  ): string {
    return reasonText({ code: reason.code, params: reason.params }, reasonLang(lang, context.req));
  }
}

@Resolver(() => PartnerMatch)
export class PartnerMatchMissingResolver {
  @ResolveField(() => [String])
  missing(@Parent() match: PartnerMatch, @Args(LANG_ARG) lang: string | null, @Context() context: Request) {
    const language = reasonLang(lang, context.req);
    return match.missingCodes.map((code) => missingText(code, language));
  }
}

@Resolver(() => ProjectMatch)
export class ProjectMatchMissingResolver {
  @ResolveField(() => [String])
  missing(@Parent() match: ProjectMatch, @Args(LANG_ARG) lang: string | null, @Context() context: Request) {
    const language = reasonLang(lang, context.req);
    return match.missingCodes.map((code) => missingText(code, language));
  }
}

import { Public } from '@crossroads/auth';
import { AppConfig, AppError } from '@crossroads/core';
import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CalendarFeedService } from './feed/calendar-feed.service';
import { buildCalendar, CalendarContent } from './ics/build-calendar';
import { CalendarDataService } from './ics/calendar-data.service';
import { calendarLang } from './ics/calendar-texts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * iCalendar feeds over plain HTTP (calendar apps do not speak GraphQL): the public calendar, one edition, and a
 * member's personal feed at a secret address. Paths end in `.ics`, so the web app's page fallback never shadows
 * them. `?lang=en` for English texts, French by default.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly data: CalendarDataService,
    private readonly feeds: CalendarFeedService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('editions.ics')
  async allEditions(@Query('lang') lang: unknown, @Res() res: Response): Promise<void> {
    const editions = await this.data.allEditions();
    this.send(res, 'crossroads-festivals.ics', 'public, max-age=900', {
      ...this.base(lang, false),
      editions,
    });
  }

  @Public()
  @Get('editions/:id.ics')
  async oneEdition(
    @Param('id') id: string,
    @Query('lang') lang: unknown,
    @Res() res: Response,
  ): Promise<void> {
    if (!UUID.test(id)) throw new NotFoundException();
    const edition = await this.data.edition(id).catch((error: unknown) => {
      if (error instanceof AppError) throw new NotFoundException();
      throw error;
    });
    this.send(res, `${edition.festivalSlug}-${edition.year}.ics`, 'public, max-age=900', {
      ...this.base(lang, false),
      editions: [edition],
    });
  }

  /** Unknown, malformed and revoked tokens all answer the same 404. */
  @Public()
  @Get('feeds/:token.ics')
  async personal(
    @Param('token') token: string,
    @Query('lang') lang: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const account = await this.feeds.accountOf(token);
    if (!account) throw new NotFoundException();
    const [editions, delegations] = await Promise.all([
      this.data.followedEditions(account.userId),
      this.data.confirmedDelegations(account),
    ]);
    res.setHeader('x-robots-tag', 'noindex');
    this.send(res, 'crossroads.ics', 'private, no-cache', {
      ...this.base(lang, true),
      editions,
      delegations,
    });
  }

  private base(lang: unknown, personal: boolean): Pick<CalendarContent, 'webUrl' | 'lang' | 'personal'> {
    return { webUrl: this.config.PUBLIC_URL.replace(/\/+$/, ''), lang: calendarLang(lang), personal };
  }

  private send(res: Response, filename: string, cacheControl: string, content: CalendarContent): void {
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('cache-control', cacheControl)
      .setHeader('content-disposition', `inline; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '-')}"`)
      .send(buildCalendar(content));
  }
}

import { Role, Roles, ANONYMOUS } from '@crossroads/auth';
import { contentLanguage } from '@crossroads/core';
import type { ReasonLang } from '@crossroads/coproduction';
import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DelegationService } from '../delegation/delegation.service';
import { BrochureRoster } from './brochure-roster';
import { delegationBrochure } from './delegation-brochure';
import { delegationCsv } from './delegation-csv';

const STAFF_VIEWER = { ...ANONYMOUS, level: 'STAFF' as const };

/** `?lang=fr|en`, else the reader's Accept-Language (the web app sends its own), else French. */
function documentLang(lang: string | undefined, req: Request): ReasonLang {
  if (lang === 'fr' || lang === 'en') return lang;
  return contentLanguage(req);
}

/** The attachment's file name: the delegation's name in plain ASCII. */
function fileName(name: string, extension: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${base || 'delegation'}.${extension}`;
}

/**
 * Downloads for STAFF (Bearer access token): the roster of confirmed members who consented to the brochure, as
 * CSV for Excel and as a printable PDF. The global access guard checks the token and the role.
 */
@Controller('delegations')
export class DelegationExportController {
  constructor(
    private readonly delegations: DelegationService,
    private readonly roster: BrochureRoster,
  ) {}

  @Roles(Role.STAFF)
  @Get(':id/export.csv')
  async csv(
    @Param('id', ParseUUIDPipe) id: string,
    @Query('lang') lang: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const delegation = await this.delegations.findVisible(id, STAFF_VIEWER);
    const body = delegationCsv(await this.roster.load(delegation, documentLang(lang, req)));
    this.send(res, body, 'text/csv; charset=utf-8', fileName(delegation.name, 'csv'));
  }

  @Roles(Role.STAFF)
  @Get(':id/brochure.pdf')
  async pdf(
    @Param('id', ParseUUIDPipe) id: string,
    @Query('lang') lang: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const delegation = await this.delegations.findVisible(id, STAFF_VIEWER);
    const body = await delegationBrochure(await this.roster.load(delegation, documentLang(lang, req)));
    this.send(res, body, 'application/pdf', fileName(delegation.name, 'pdf'));
  }

  private send(res: Response, body: Buffer, type: string, name: string): void {
    res
      .status(200)
      .set({
        'content-type': type,
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      .send(body);
  }
}

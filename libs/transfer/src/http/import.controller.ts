import { CurrentUser, Role, Roles, User } from '@crossroads/auth';
import { AppError, NegotiatingRequest, requestLanguage } from '@crossroads/core';
import { Controller, HttpCode, Param, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IMPORT_TYPES, ImportType } from '../import/import-definition';
import { IMPORT_MODES, ImportMode, ImportReport } from '../import/import-report';
import { ImportService } from '../import/import.service';
import { bufferSource } from '../table/table-source';

/** Uploads above this are refused before they are read (100,000 people rows are about 25 MB). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const flag = (value: string | undefined, name: string): boolean => {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw AppError.badInput(`${name} must be true or false`, [
    { field: name, message: 'must be true or false' },
  ]);
};

/**
 * `POST /import/:type` (multipart/form-data, one `file` field): the staff route of `importDirectory`, the same
 * code path as `npm run cli -- import`. Authenticated by the same bearer token as GraphQL, STAFF only. Query:
 * `dryRun`, `atomic` (true/false), `mode` (upsert|skip|fail). Answers the import report as JSON, its problems in
 * the request's language (French when Accept-Language puts it first, as GraphQL errors); errors take the shape
 * of every plain HTTP route (core's `restErrorResponse`, through the app's global filter).
 */
@Controller('import')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post(':type')
  @HttpCode(200)
  @Roles(Role.STAFF)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }))
  async importDirectory(
    @Param('type') type: string,
    @Req() req: NegotiatingRequest,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @Query('dryRun') dryRun?: string,
    @Query('atomic') atomic?: string,
    @Query('mode') mode?: string,
    @CurrentUser() user?: User,
  ): Promise<ImportReport> {
    if (!IMPORT_TYPES.includes(type as ImportType)) {
      throw AppError.badInput(`Unknown import type "${type}": use ${IMPORT_TYPES.join(', ')}`, [
        { field: 'type', message: 'unknown import type' },
      ]);
    }
    if (mode !== undefined && !IMPORT_MODES.includes(mode as ImportMode)) {
      throw AppError.badInput(`mode must be one of ${IMPORT_MODES.join(', ')}`, [
        { field: 'mode', message: 'unknown mode' },
      ]);
    }
    if (!file) {
      throw AppError.badInput('Send the spreadsheet as the multipart field "file"', [
        { field: 'file', message: 'is required' },
      ]);
    }
    return this.imports.import(bufferSource(file.originalname || 'upload', file.buffer), {
      type: type as ImportType,
      dryRun: flag(dryRun, 'dryRun'),
      atomic: flag(atomic, 'atomic'),
      mode: (mode as ImportMode | undefined) ?? 'upsert',
      userId: user?.id ?? null,
      language: requestLanguage(req),
    });
  }
}

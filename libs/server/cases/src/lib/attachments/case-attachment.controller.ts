import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { originOf } from '@continuum/server/audit';
import { Authenticated, CurrentPrincipal, HttpErrorFilter } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import {
  attachmentDisposition,
  MAX_ATTACHMENT_BYTES,
  servedContentType,
  TOO_LARGE_MESSAGE,
} from './attachment-content';
import { CaseAttachmentModel } from './case-attachment.model';
import { CaseAttachmentService, ReceivedFile } from './case-attachment.service';

/**
 * `POST /cases/:id/attachments` (multipart, one file in the field `file`) and
 * `GET /attachments/:id`, with the session cookie as GraphQL. The file is read into memory, up to
 * the limit, after the session is checked (the guard runs before the interceptor).
 */
@Controller()
@UseFilters(
  new HttpErrorFilter({
    [HttpStatus.PAYLOAD_TOO_LARGE]: TOO_LARGE_MESSAGE,
    [HttpStatus.BAD_REQUEST]:
      'Envoi invalide : un seul fichier, dans le champ « file » d’un formulaire multipart.',
  }),
)
export class CaseAttachmentController {
  constructor(private readonly attachments: CaseAttachmentService) {}

  @Authenticated()
  @Post('cases/:id/attachments')
  @HttpCode(HttpStatus.CREATED)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0, parts: 1 },
      defParamCharset: 'utf8',
    }),
  )
  upload(
    @Param('id') caseId: string,
    @UploadedFile() file: ReceivedFile | undefined,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<CaseAttachmentModel> {
    return this.attachments.upload(caseId, file, principal);
  }

  @Authenticated()
  @Get('attachments/:id')
  async download(
    @Param('id') id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { attachment, content } = await this.attachments.open(id, principal, originOf(req));
    res.status(200);
    res.setHeader('Content-Type', servedContentType(attachment.contentType));
    res.setHeader('Content-Length', String(attachment.size));
    res.setHeader('Content-Disposition', attachmentDisposition(attachment.filename));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Even opened in place, the file is inert: no script, no plugin, no same-origin access.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    await pipeline(content, res);
  }
}

import {
  Controller,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { DiagnosticImportKind } from '@continuum/domain/diagnostic';
import { Can, CurrentPrincipal, HttpErrorFilter, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES, type ReceivedImportFile } from '../imports/import-files';
import { ImportReceptionService, type ReceivedImport } from './import-reception.service';

const KINDS: Record<string, DiagnosticImportKind> = {
  faits: DiagnosticImportKind.INCIDENTS,
  ssmsi: DiagnosticImportKind.SSMSI,
};

/**
 * `POST /diagnostic/imports/faits` (the forces' recorded incidents) and `POST /diagnostic/imports/ssmsi`
 * (the SSMSI's communal base): multipart, one file in the field `file`, with the session cookie as
 * GraphQL. The file is streamed to the import store (the module's multer storage), never held in
 * memory; the answer names the import to follow in GraphQL (`diagnosticImport`).
 */
@Controller('diagnostic/imports')
@UseFilters(
  new HttpErrorFilter({
    [HttpStatus.PAYLOAD_TOO_LARGE]: IMPORT_TOO_LARGE,
    [HttpStatus.BAD_REQUEST]:
      'Envoi invalide : un seul fichier, dans le champ « file » d’un formulaire multipart.',
  }),
)
export class DiagnosticImportsController {
  constructor(private readonly reception: ImportReceptionService) {}

  @Can('import', 'Incident')
  @Post(':kind')
  @HttpCode(HttpStatus.CREATED)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 0, parts: 1 },
      defParamCharset: 'utf8',
    }),
  )
  upload(
    @Param('kind') kind: string,
    @UploadedFile() file: ReceivedImportFile | undefined,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ReceivedImport> {
    const known = KINDS[kind];
    if (!known) throw notFound(`Adresse inconnue : /diagnostic/imports/${kind}.`);
    return this.reception.receive(known, file, principal);
  }
}

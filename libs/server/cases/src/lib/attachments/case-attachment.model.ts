import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseAttachmentEntity } from '../entities/case-attachment.entity';

@ObjectType('CaseAttachment', { description: 'Pièce jointe d’un dossier' })
export class CaseAttachmentModel {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'Nom du fichier, nettoyé (et complété de l’extension de son vrai type)' })
  filename!: string;
  @Field({ description: 'Type reconnu d’après le contenu du fichier' })
  contentType!: string;
  @Field(() => Int, { description: 'Taille en octets' })
  size!: number;
  @Field()
  createdAt!: Date;
  @Field()
  uploadedByLabel!: string;
  @Field({ description: 'Adresse de téléchargement (même session que l’API)' })
  downloadUrl!: string;
}

/** The row as the API shows it: no storage key, no hash. */
export function attachmentModel(row: CaseAttachmentEntity): CaseAttachmentModel {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.contentType,
    size: row.size,
    createdAt: row.createdAt,
    uploadedByLabel: row.uploadedByLabel,
    downloadUrl: `/attachments/${row.id}`,
  };
}

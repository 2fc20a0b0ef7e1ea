import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

export enum PasswordTokenPurpose {
  /** « Mot de passe oublié » : short-lived. */
  RESET = 'reset',
  /** An administrator's or manager's invitation: the person sets their first password. */
  INVITATION = 'invitation',
}

/**
 * A link that lets one person set their password once. Only the SHA-256 of the token is stored: a
 * copy of the table opens nothing. Used once (`usedAt`), refused after `expiresAt`.
 */
@Entity('password_tokens')
export class PasswordTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: PasswordTokenPurpose, enumName: 'password_token_purpose' })
  purpose!: PasswordTokenPurpose;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** Who invited (null for a reset the person asked for). */
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

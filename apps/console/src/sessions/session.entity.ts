import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SessionMethod = 'password' | 'oidc';

/** A logged-in browser. The cookie holds a random id; only its SHA-256 is stored. */
@Entity({ name: 'console_session' })
export class ConsoleSession {
  @PrimaryColumn({ name: 'id_hash', type: 'char', length: 64 })
  idHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The synchronizer token the browser sends back in X-CSRF-Token. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken: string;

  /** How the user proved who they are; a password change is asked of password sessions only. */
  @Column({ type: 'varchar', length: 10 })
  method: SessionMethod;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;
}

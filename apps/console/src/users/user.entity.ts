import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person who logs in to the console (a caseworker, an auditor, an administrator). */
@Entity({ name: 'console_user' })
export class ConsoleUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique whatever its case; the `sub` of the user's service tokens. */
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  /** Division code (6, 9 or 12 digits) the user works in; services scope records by it. */
  @Column({ type: 'varchar', length: 12 })
  division: string;

  @Column({ type: 'boolean' })
  disabled: boolean;

  /** argon2id, in the PHC string format that carries its own parameters and salt. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'must_change_password', type: 'boolean' })
  mustChangePassword: boolean;

  @Column({ name: 'failed_attempts', type: 'int' })
  failedAttempts: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /**
   * The version of what administrators edit (name, roles, division, disabled), the user's ETag for
   * If-Match. Raised by those edits alone, not a @VersionColumn: logins write the lockout counters
   * to this row, and a failed login must not make an administrator's edit stale.
   */
  @Column({ type: 'int', default: 1 })
  version: number;
}

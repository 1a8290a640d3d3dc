// Roles of elderly care's own trade, beside the platform's vocabulary in @app/common/auth/roles.

/** Scores ability assessments (GB/T 42195-2022 评估员); may record and read assessments only. */
export const ASSESSOR = 'assessor';

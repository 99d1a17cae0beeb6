import { z } from 'zod';

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email').max(320),
  password: z.string().min(1, 'Enter your password').max(200),
  // Only a path on this site: an absolute URL here would make the form an open redirect.
  next: z
    .string()
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .catch('/editor'),
});
export type SignInInput = z.infer<typeof SignInInput>;

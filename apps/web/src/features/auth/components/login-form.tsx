import { type FieldError, LoginInputSchema } from '@danvan/domain';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { messages } from '@/config/messages';
import { useLogin } from '@/features/auth/api/login';
import { useDraft } from '@/hooks/use-draft';
import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import classes from './login-page.module.css';

const text = messages.auth.login;

/** Only the username is kept as a draft; a password never touches storage. */
const DRAFT_KEY = 'dang-nhap';
const SECONDS_PER_MINUTE = 60;

type Field = 'username' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

interface FormAlert {
  title: string;
  message: string;
  detail?: string | undefined;
}

/** Why signing in failed, in words for the reader: wrong credentials, too many tries (and how long to wait), or else. */
export function describeLoginError(error: unknown): FormAlert {
  if (error instanceof ApiError && error.kind === 'http') {
    if (error.status === 401) return { title: text.failedTitle, message: text.badCredentials };
    if (error.status === 429) {
      const seconds = error.retryAfterSeconds;
      const message =
        seconds === undefined || seconds <= 0
          ? text.tooManyNoWait
          : text.tooManyWait(Math.max(1, Math.ceil(seconds / SECONDS_PER_MINUTE)));
      return { title: text.tooManyTitle, message };
    }
  }
  const { message, detail } = describeError(error);
  return { title: text.failedTitle, message, detail: detail !== message ? detail : undefined };
}

function isField(path: string): path is Field {
  return path === 'username' || path === 'password';
}

function fieldErrorsFrom(errors: readonly { path: string | PropertyKey[]; message: string }[]): FieldErrors {
  const result: FieldErrors = {};
  for (const { path, message } of errors) {
    const field = String(Array.isArray(path) ? path[0] : path);
    if (isField(field)) result[field] ??= message;
  }
  return result;
}

/** A 400 whose field errors name our fields is shown next to the fields, not in the form-level alert. */
function hasFieldErrors(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 400 && error.errors.some((e: FieldError) => isField(e.path));
}

export interface LoginFormProps {
  /** A same-origin path, already checked, to go to once signed in. */
  next: string;
}

export function LoginForm({ next }: LoginFormProps) {
  const navigate = useNavigate();
  const login = useLogin();
  const draft = useDraft(DRAFT_KEY, { username: '' });
  const [password, setPassword] = useState('');
  const [passwordVisible, setPasswordVisible] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function focusFirstError(errors: FieldErrors) {
    if (errors.username) usernameRef.current?.focus();
    else if (errors.password) passwordRef.current?.focus();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = LoginInputSchema.safeParse({ username: draft.values.username, password });
    if (!parsed.success) {
      const errors = fieldErrorsFrom(parsed.error.issues);
      setFieldErrors(errors);
      focusFirstError(errors);
      return;
    }
    setFieldErrors({});
    login.mutate(parsed.data, {
      onSuccess: () => {
        draft.clear();
        void navigate(next, { replace: true });
      },
      onError: (error) => {
        if (hasFieldErrors(error)) {
          const errors = fieldErrorsFrom(error.errors);
          setFieldErrors(errors);
          focusFirstError(errors);
        } else if (error instanceof ApiError && error.status === 401) {
          // The username is kept; the password is typed again.
          setPassword('');
          passwordRef.current?.focus();
        }
      },
    });
  }

  const alert = login.isError && !hasFieldErrors(login.error) ? describeLoginError(login.error) : null;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={text.title}>
      <Stack gap="md">
        {alert ? (
          <Alert color="nationalRed" variant="light" title={alert.title} role="alert" data-testid="login-error">
            <Text size="sm">{alert.message}</Text>
            {alert.detail ? (
              <Text size="sm" mt={4}>
                {alert.detail}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        <TextInput
          ref={usernameRef}
          name="username"
          label={text.username}
          size="md"
          required
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={draft.values.username}
          onChange={(event) => {
            draft.setField('username', event.currentTarget.value);
            if (fieldErrors.username) setFieldErrors(({ username: _, ...rest }) => rest);
          }}
          error={fieldErrors.username}
          classNames={{ label: classes.label }}
        />
        <PasswordInput
          ref={passwordRef}
          name="password"
          label={text.password}
          size="md"
          required
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            if (fieldErrors.password) setFieldErrors(({ password: _, ...rest }) => rest);
          }}
          error={fieldErrors.password}
          visible={passwordVisible}
          onVisibilityChange={setPasswordVisible}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': text.showPassword }}
          classNames={{ label: classes.label }}
        />
        <Button type="submit" size="md" fullWidth loading={login.isPending} mt="xs">
          {text.submit}
        </Button>
      </Stack>
    </form>
  );
}

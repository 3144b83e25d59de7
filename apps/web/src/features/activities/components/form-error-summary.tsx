import { Alert, Anchor, List, Text } from '@mantine/core';
import type { Ref } from 'react';
import { activitiesMessages } from '@/config/messages/activities';
import type { FieldErrors } from '@/features/activities/form/field-errors';
import { fieldId, fieldLabel } from '@/features/activities/form/field-labels';
import type { ActivityFormValues } from '@/features/activities/form/form-values';

const text = activitiesMessages.form;

export interface FormErrorSummaryProps {
  errors: FieldErrors;
  values: ActivityFormValues;
  /** Whether a key has an input on the page (otherwise its message is only here). */
  isPlaced: (key: string) => boolean;
  ref?: Ref<HTMLDivElement>;
}

/**
 * What stops the save, above the form and focused once it fails: each message links to its field, where
 * the same message stands under the input. Messages without a field of their own are only listed here.
 */
export function FormErrorSummary({ errors, values, isPlaced, ref }: FormErrorSummaryProps) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="nationalRed"
      variant="light"
      title={text.errorsTitle}
      role="alert"
      data-testid="form-errors"
    >
      <Text size="sm">{text.errorsBody(entries.length)}</Text>
      <List size="sm" mt={4} spacing={2}>
        {entries.map(([key, message]) => {
          const label = fieldLabel(key, values);
          const line = label ? `${label}: ${message}` : message;
          return (
            <List.Item key={key}>
              {isPlaced(key) ? (
                <Anchor
                  href={`#${fieldId(key)}`}
                  size="sm"
                  onClick={(event) => {
                    const input = document.getElementById(fieldId(key));
                    if (!input) return;
                    event.preventDefault();
                    input.focus();
                  }}
                >
                  {line}
                </Anchor>
              ) : (
                line
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}

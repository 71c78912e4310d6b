import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CombinedError } from 'urql';
import { I18nProvider } from '../i18n/i18n';
import { ErrorAlert } from './ErrorAlert';
import { Field } from './Field';

describe('Field', () => {
  it('labels its input and, once refused, ties it to the message by aria-describedby', () => {
    const { rerender } = render(
      <Field id="me-email" label="Email">
        {(props) => <input {...props} />}
      </Field>,
    );
    const input = screen.getByLabelText('Email');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.getAttribute('aria-describedby')).toBeNull();
    rerender(
      <Field id="me-email" label="Email" error="Adresse invalide">
        {(props) => <input {...props} />}
      </Field>,
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Adresse invalide',
    );
  });
});

describe('ErrorAlert', () => {
  const error = (code: string, message: string) =>
    new CombinedError({ graphQLErrors: [{ message, extensions: { code } }] });
  const alert = (element: ReactElement) => {
    const { unmount } = render(<I18nProvider lang="en">{element}</I18nProvider>);
    const text = screen.queryByRole('alert')?.textContent ?? null;
    unmount();
    return text;
  };

  it("says the page's words for an expected code, else the app's words for a known code, else the API's", () => {
    expect(alert(<ErrorAlert error={undefined} />)).toBeNull();
    expect(
      alert(<ErrorAlert error={error('CONFLICT', 'Taken')} byCode={{ CONFLICT: 'Already sent' }} />),
    ).toBe('Already sent');
    expect(alert(<ErrorAlert error={error('BAD_USER_INPUT', 'Ends before it starts')} />)).toBe(
      'Some data was refused: check the fields shown.',
    );
    expect(alert(<ErrorAlert error={error('SOMETHING_NEW', 'Said by the API')} />)).toBe('Said by the API');
    expect(alert(<ErrorAlert error={error('SOMETHING_NEW', '')} />)).toBe('Something went wrong.');
  });
});

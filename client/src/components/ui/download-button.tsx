import { useState } from 'react';

import { useTranslation } from '@/lib/i18n/use-translation';
import { isApiError } from '@/lib/problem-details';
import { saveBlob } from '@/lib/save-blob';

type DownloadButtonProps = {
  label: string;
  /** Accessible name when the visible label is not enough (e.g. "Download <file>"). */
  ariaLabel?: string;
  fileName: string;
  fetchFile: () => Promise<Blob>;
  /** Shown instead of the generic failure when the server answers 404. */
  notFoundMessage?: string;
  failedMessage: string;
};

/** Fetches a file with the session's token and saves it; shows a message when that fails. */
export function DownloadButton({
  label,
  ariaLabel,
  fileName,
  fetchFile,
  notFoundMessage,
  failedMessage,
}: DownloadButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });

  const download = async () => {
    setState({ busy: true, message: null });
    try {
      saveBlob(await fetchFile(), fileName);
      setState({ busy: false, message: null });
    } catch (error) {
      const message = isApiError(error) && error.isNotFound && notFoundMessage ? notFoundMessage : failedMessage;
      setState({ busy: false, message });
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--link"
        aria-label={ariaLabel}
        disabled={state.busy}
        onClick={() => {
          void download();
        }}
      >
        {state.busy ? t('common.loading') : label}
      </button>
      {state.message && (
        <span className="form-field__errors" role="alert">
          {' '}
          {state.message}
        </span>
      )}
    </>
  );
}

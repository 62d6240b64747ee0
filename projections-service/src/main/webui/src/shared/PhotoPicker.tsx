import { Button, Group, Input, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { usePreviewUrl } from './hooks';
import { MAX_PHOTO_BYTES } from './validation';

/** Why a chosen file cannot be sent as a photo, or null when it can (the ingest API takes images up to 10 MB). */
export function photoProblem(file: File): string | null {
  if (!file.type.startsWith('image/')) return 'Choose an image (a photo or a picture file)';
  if (file.size > MAX_PHOTO_BYTES) return 'A photo can be at most 10 MB';
  return null;
}

/**
 * The one photo picker of both front ends (a new request, the web chat, the dashboard's chat): a file
 * input that opens the camera on phones (`accept="image/*"` with `capture`), a preview of the chosen
 * photo, a button to remove it, and the reason a file was not taken. The form owns the chosen photo
 * (`photo`, `onChange`) and uploads it on send (`shared/attach.ts`); setting it to null clears the input.
 */
export function PhotoPicker({ id, label, description, photo, onChange, error }: {
  id: string;
  label: string;
  description?: string;
  photo: File | null;
  onChange: (photo: File | null) => void;
  /** a problem the form found (e.g. the server refused the upload), shown like the picker's own */
  error?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const preview = usePreviewUrl(photo);
  // a sent or removed photo leaves no file name behind in the input
  useEffect(() => {
    if (!photo && input.current) input.current.value = '';
  }, [photo]);

  function choose(file: File | null) {
    const problem = file ? photoProblem(file) : null;
    setRefused(problem);
    onChange(problem ? null : file);
  }

  const shownError = refused ?? error;
  const describedBy = [description && `${id}-description`, shownError && `${id}-error`].filter(Boolean).join(' ');
  return (
    <Input.Wrapper id={id} label={label} description={description} error={shownError}>
      <Stack gap={6} mt={4}>
        <input ref={input} id={id} type="file" accept="image/*" capture="environment"
          aria-describedby={describedBy || undefined} aria-invalid={shownError ? true : undefined}
          style={{ display: 'block', maxWidth: '100%' }} onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)} />
        {preview && (
          <Group gap="sm" align="flex-end" wrap="wrap">
            <img src={preview} alt="The photo you chose" style={{ maxWidth: 200, maxHeight: 200, borderRadius: 8 }} />
            <Button variant="default" size="xs" id={`${id}-remove`} onClick={() => choose(null)}>Remove photo</Button>
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}

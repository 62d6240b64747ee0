import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { photoProblem, PhotoPicker } from './PhotoPicker';
import { MAX_PHOTO_BYTES } from './validation';

const png = (name = 'shelf.png', bytes = 3) => new File(['x'.repeat(bytes)], name, { type: 'image/png' });

/** The picker in a form that keeps the chosen photo, as the three pages do. */
function Form({ onPhoto }: { onPhoto: (photo: File | null) => void }) {
  const [photo, setPhoto] = useState<File | null>(null);
  return (
    <MantineProvider>
      <PhotoPicker id="chat-photo" label="Attach a photo" photo={photo}
        onChange={(chosen) => { setPhoto(chosen); onPhoto(chosen); }} />
      <button type="button" onClick={() => setPhoto(null)}>Sent</button>
    </MantineProvider>
  );
}

const input = () => screen.getByLabelText('Attach a photo') as HTMLInputElement;
const choose = (file: File) => fireEvent.change(input(), { target: { files: [file] } });

describe('the photo picker', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:preview');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('is a labelled image input that opens the camera on phones', () => {
    render(<Form onPhoto={() => {}} />);
    expect(input().type).toBe('file');
    expect(input().accept).toBe('image/*');
    expect(input().getAttribute('capture')).toBe('environment');
  });

  it('previews the chosen photo and hands it to the form', () => {
    const onPhoto = vi.fn();
    render(<Form onPhoto={onPhoto} />);
    const photo = png();
    choose(photo);
    expect(onPhoto).toHaveBeenLastCalledWith(photo);
    expect(screen.getByAltText('The photo you chose').getAttribute('src')).toBe('blob:preview');
  });

  it('removes the photo with its button, releasing the preview', () => {
    const onPhoto = vi.fn();
    render(<Form onPhoto={onPhoto} />);
    choose(png());
    fireEvent.click(screen.getByRole('button', { name: 'Remove photo' }));
    expect(onPhoto).toHaveBeenLastCalledWith(null);
    expect(screen.queryByAltText('The photo you chose')).toBeNull();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview');
  });

  it('refuses a file that is not an image, saying why next to the input', () => {
    const onPhoto = vi.fn();
    render(<Form onPhoto={onPhoto} />);
    choose(new File(['%PDF'], 'bill.pdf', { type: 'application/pdf' }));
    expect(onPhoto).toHaveBeenLastCalledWith(null);
    expect(screen.getByText('Choose an image (a photo or a picture file)')).toBeTruthy();
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe('chat-photo-error');
  });

  it('forgets the photo in the input once the form has sent it', () => {
    render(<Form onPhoto={() => {}} />);
    choose(png());
    fireEvent.click(screen.getByRole('button', { name: 'Sent' }));
    expect(screen.queryByAltText('The photo you chose')).toBeNull();
    expect(input().value).toBe('');
  });
});

describe('photoProblem', () => {
  it('takes images up to 10 MB and refuses larger ones and other files', () => {
    expect(photoProblem(png('a.png', 10))).toBeNull();
    expect(photoProblem(new File([new Uint8Array(MAX_PHOTO_BYTES + 1)], 'big.jpg', { type: 'image/jpeg' })))
      .toBe('A photo can be at most 10 MB');
    expect(photoProblem(new File(['x'], 'notes.txt', { type: 'text/plain' }))).toMatch(/Choose an image/);
  });
});

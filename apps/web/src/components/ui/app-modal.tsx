import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { messages } from '@/config/messages';

export interface AppModalProps extends Omit<ModalRootProps, 'title' | 'children'> {
  title: ReactNode;
  children: ReactNode;
}

/**
 * Mantine's Modal, with a labelled close button and a plain `div` header: its own `<header>` sits in a portal
 * outside every landmark, where it reads as a second page banner.
 */
export function AppModal({ title, children, centered = true, ...props }: AppModalProps) {
  return (
    <Modal.Root centered={centered} {...props}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={messages.common.close} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

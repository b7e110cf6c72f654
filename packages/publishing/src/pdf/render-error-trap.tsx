import { Component, type ReactNode } from 'react'

export interface RenderErrorTrapProps {
  children: ReactNode
  /** Receives the error a component threw while rendering. */
  onError: (error: unknown) => void
}

/**
 * An error boundary around the document. React catches what a component
 * throws while rendering, and react-pdf then fails with an unrelated
 * "Cannot read properties of null"; this hands the original error on, so a
 * caller learns that, say, rich text held a node it cannot.
 */
export class RenderErrorTrap extends Component<RenderErrorTrapProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error)
  }

  override render() {
    return this.state.failed ? null : this.props.children
  }
}

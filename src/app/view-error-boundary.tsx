import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** Label of the view, for the message. */
  viewName: string;
  onBack: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Shows a message with a way back instead of a blank page when a view fails. */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.viewName} view failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="card view-error" role="alert">
        <h2>The {this.props.viewName} view could not be shown</h2>
        <p>Something went wrong while preparing it. Your answers and weights are kept.</p>
        <pre className="error-detail">{error.message}</pre>
        <button type="button" className="primary" onClick={this.props.onBack}>
          Back to the quiz
        </button>
      </div>
    );
  }
}

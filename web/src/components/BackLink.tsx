import { Link } from "react-router-dom";

/** DKFDS back link (a link, not a button: it goes to a page), with its chevron drawn inline. */
export function BackLink({ to, children }: { readonly to: string; readonly children: string }) {
  return (
    <div>
      <Link className="back-link" to={to}>
        <svg className="icon-svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z" />
        </svg>
        {children}
      </Link>
    </div>
  );
}

import { ApiError } from "../api.ts";

/** An API error as DKFDS shows errors: the message, then every problem with where it is. */
export function ErrorAlert({ error }: { readonly error: Error | undefined }) {
  if (error === undefined) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{error.message}</p>
        {details.length > 0 ? (
          <ul className="alert-text">
            {details.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: details have no identity of their own
              <li key={i}>
                {[d.source, d.row === undefined ? undefined : `række ${d.row}`, d.field]
                  .filter(Boolean)
                  .join(", ")}
                {d.field || d.row || d.source ? ": " : ""}
                {d.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type Role, useAuth } from "../auth.tsx";

/** A page that exists but is not for the user's role: said as such, not as "Siden findes ikke". */
export function ForbiddenPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <>
      <h1>{t("forbidden.title")}</h1>
      <p className="font-lead">{t("forbidden.text", { role: user ? t(`roles.${user.role}`) : "" })}</p>
      <p>
        <Link to="/">{t("forbidden.back")}</Link>
      </p>
    </>
  );
}

/**
 * The page for the roles that may use it (the same list as its use cases' access), the 403 page for
 * the others. The API refuses them anyway; this only tells the person why before they try.
 */
export function RequireRole({
  roles,
  children,
}: {
  readonly roles: readonly Role[];
  readonly children: ReactNode;
}) {
  const { user } = useAuth();
  if (user === null || user === undefined || !roles.includes(user.role)) return <ForbiddenPage />;
  return <>{children}</>;
}

import { NavLink } from "react-router-dom";

export interface SubNavItem {
  readonly to: string;
  readonly label: string;
}

/** Links between the pages of one module: DKFDS navigation tabs (NavLink marks the current one). */
export function SubNav({ label, items }: { readonly label: string; readonly items: readonly SubNavItem[] }) {
  return (
    <nav className="tab-container mb-6" aria-label={label}>
      <ul className="tab-list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end className="tab-button">
              <span>{item.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';

import { useSignOut } from '../api/sign-out';

type SignOutButtonProps = {
  label: string;
};

/** Ends the session and goes to the home page; the server is told when it can be. */
export function SignOutButton({ label }: SignOutButtonProps) {
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={signOut.isPending}
      onClick={() => {
        void navigate(paths.home.getHref());
        signOut.mutate();
      }}
    >
      {label}
    </button>
  );
}

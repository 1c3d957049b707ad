"use client";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { resendInvite, sendPasswordLink, setUserActive } from "@/lib/users/actions";
import { noMailServerText } from "./invite-user-form";

const buttonClass =
  "rounded border border-brand-700 px-3 py-1 text-base font-medium text-brand-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60";

export function UserRowActions(props: { userId: string; name: string; active: boolean; hasPassword: boolean; isSelf: boolean }) {
  const { pending, message, run } = useActionRunner();

  return (
    <div className="flex flex-col items-start gap-2">
      <div className="flex flex-wrap gap-2">
        {!props.hasPassword && props.active ? (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() =>
              run(
                () => resendInvite({ userId: props.userId }),
                (r) => (r.data.link ? noMailServerText(props.name, r.data.link) : "Ny invitation sendt."),
              )
            }
          >
            Send invitation igen<span className="sr-only"> til {props.name}</span>
          </button>
        ) : null}
        {props.hasPassword && props.active ? (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() =>
              run(
                () => sendPasswordLink({ userId: props.userId }),
                (r) =>
                  r.data.link
                    ? noMailServerText(props.name, r.data.link)
                    : `Linket er sendt til ${props.name}. Den nuværende adgangskode virker, indtil linket bliver brugt.`,
              )
            }
          >
            Send nyt link til at vælge adgangskode<span className="sr-only"> til {props.name}</span>
          </button>
        ) : null}
        {props.isSelf ? null : (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() =>
              run(
                () => setUserActive({ userId: props.userId, active: !props.active }),
                () => (props.active ? "Brugeren er deaktiveret." : "Brugeren er aktiv igen."),
              )
            }
          >
            {props.active ? "Deaktivér" : "Genaktivér"}
            <span className="sr-only"> {props.name}</span>
          </button>
        )}
      </div>
      <p role="status" className={message?.kind === "error" ? "font-medium text-danger-700" : "text-success-700"}>
        {message?.text}
      </p>
    </div>
  );
}

"use client";
import { useEffect, useRef } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { moveTopic, restoreTopic, retireTopic } from "@/lib/topics/actions";

const buttonClass =
  "rounded border border-brand-700 px-3 py-1 text-base font-medium text-brand-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60";

type Props = {
  topicKey: string;
  label: string;
  /** Its place in the list (1 = first) and the list's length. */
  position: number;
  count: number;
  retired: boolean;
};

/**
 * Move up / move down, and retire / restore. Buttons, so the keyboard reaches them in order. After a
 * move the row is re-rendered in its new place; focus stays on the button that moved it (or the other
 * one, when the row reached the end), and the new place is announced.
 */
export function TopicRowActions({ topicKey, label, position, count, retired }: Props) {
  const { pending, message, run } = useActionRunner();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const moved = useRef<"up" | "down" | null>(null);
  const first = position === 1;
  const last = position === count;

  useEffect(() => {
    if (!moved.current) return;
    const wanted = moved.current === "up" ? (first ? down : up) : last ? up : down;
    wanted.current?.focus();
    moved.current = null;
  }, [position, first, last]);

  const move = (direction: "up" | "down") =>
    run(
      () => moveTopic({ topicKey, direction }),
      () => {
        moved.current = direction;
        return `${label} er flyttet ${direction === "up" ? "op" : "ned"}.`;
      },
    );

  return (
    <div className="flex flex-col items-start gap-2">
      <div className="flex flex-wrap gap-2">
        <button ref={up} type="button" className={buttonClass} disabled={pending || first} onClick={() => move("up")}>
          Flyt op<span className="sr-only"> {label}</span>
        </button>
        <button ref={down} type="button" className={buttonClass} disabled={pending || last} onClick={() => move("down")}>
          Flyt ned<span className="sr-only"> {label}</span>
        </button>
        {retired ? (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() =>
              run(
                () => restoreTopic({ topicKey }),
                () => `${label} er i brug igen.`,
              )
            }
          >
            Tag i brug igen<span className="sr-only"> {label}</span>
          </button>
        ) : (
          <button
            type="button"
            className={buttonClass}
            disabled={pending}
            onClick={() => {
              const question = `Sæt ${label} som udgået? Emnet forsvinder fra de offentlige filtre og kan ikke vælges til nye grupper eller på interesselisten. Grupper med emnet beholder det, også i statistikken.`;
              if (window.confirm(question))
                run(
                  () => retireTopic({ topicKey }),
                  () => `${label} er sat som udgået.`,
                );
            }}
          >
            Sæt som udgået<span className="sr-only"> {label}</span>
          </button>
        )}
      </div>
      <p role="status" className={message?.kind === "error" ? "font-medium text-danger-700" : "text-success-700"}>
        {message?.text}
      </p>
    </div>
  );
}

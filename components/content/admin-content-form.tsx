"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextArea, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { applyServerErrors } from "@/components/users/use-server-errors";
import { savePageContent } from "@/lib/content/actions";
import { pageContentInput, type PageContentInput } from "@/lib/content/schema";
import { AdminContentPreview } from "./admin-content-preview";

export function AdminContentForm({ initial, publicPath }: { initial: PageContentInput; publicPath: string }) {
  const [status, setStatus] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<PageContentInput>({ resolver: zodResolver(pageContentInput), defaultValues: initial });
  const [title, body] = useWatch({ control, name: ["title", "body"] });

  async function onSubmit(values: PageContentInput) {
    setStatus(null);
    const result = await savePageContent(values);
    if (result.ok) {
      setStatus({ kind: "success", text: "Teksten er gemt og vises nu på den offentlige side." });
      return;
    }
    if (!applyServerErrors(setError, result.fieldErrors)) setStatus({ kind: "error", text: result.message });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
        {status ? <FormAlert kind={status.kind}>{status.text}</FormAlert> : null}
        <input type="hidden" {...register("slug")} />
        <TextField label="Overskrift" required error={errors.title?.message} {...register("title")} />
        <TextArea
          label="Tekst"
          required
          rows={20}
          hint="Skriv almindelig tekst. En tom linje starter et nyt afsnit. En linje, der begynder med ## og et mellemrum, bliver en mellemoverskrift – fx: ## Hvem kan være med?"
          error={errors.body?.message}
          {...register("body")}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={isSubmitting}>
            Gem tekst
          </Button>
          <a href={publicPath} target="_blank" rel="noreferrer">
            Se den offentlige side (åbner i nyt vindue)
          </a>
        </div>
      </form>
      <section aria-labelledby="forhaandsvisning" className="space-y-3">
        <h2 id="forhaandsvisning" className="text-2xl font-semibold">
          Forhåndsvisning
        </h2>
        <AdminContentPreview title={title ?? ""} body={body ?? ""} />
      </section>
    </div>
  );
}

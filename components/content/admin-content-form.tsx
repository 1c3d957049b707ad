"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextArea, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { savePageContent } from "@/lib/content/actions";
import { pageContentInput, type PageContentInput } from "@/lib/content/schema";
import { AdminContentPreview } from "./admin-content-preview";

export function AdminContentForm({ initial, publicPath }: { initial: PageContentInput; publicPath: string }) {
  const form = useForm<PageContentInput>({ resolver: zodResolver(pageContentInput), defaultValues: initial });
  const { message, submit } = useActionForm(form);
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const [title, body] = useWatch({ control, name: ["title", "body"] });
  const onSubmit = submit(savePageContent, () => "Teksten er gemt og vises nu på den offentlige side.");

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <MessageAlert message={message} />
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

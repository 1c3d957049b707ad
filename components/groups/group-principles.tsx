/** How every group works: the principles from the organisation's text, shown where people consider joining. */
export function GroupPrinciples() {
  return (
    <section aria-labelledby="principles-heading" className="space-y-3">
      <h2 id="principles-heading" className="text-2xl font-semibold text-brand-800">
        Sådan er det at være i gruppen
      </h2>
      <p>Gruppen bygger på gensidighed, ligeværd og anerkendelse:</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Gensidighed</strong> – du deler dine egne erfaringer og lytter til de andres. Jo mere du giver af dig selv, desto mere får du
          tilbage.
        </li>
        <li>
          <strong>Ligeværd</strong> – ingen er eksperter på de andres liv. Vi møder hinanden med respekt for, at vi er forskellige.
        </li>
        <li>
          <strong>Anerkendelse</strong> – vi vurderer og dømmer ikke hinandens fortællinger.
        </li>
      </ul>
      <h3 className="pt-2 text-xl font-semibold">Tavshedspligt</h3>
      <p>
        Alle i gruppen har tavshedspligt. Det, der bliver delt i gruppen, bliver i gruppen – også efter, at gruppen er ophørt. Du fortæller kun så
        meget, som du har lyst til.
      </p>
      <p className="text-muted">
        En selvhjælpsgruppe er ikke behandling eller terapi. Er du i akut krise, så ring 112 eller til Livslinien på 70 201 201.
      </p>
    </section>
  );
}

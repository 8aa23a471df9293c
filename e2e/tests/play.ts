import { expect, type Locator, type Page } from '@playwright/test';
import { plain } from './curriculum.js';

/**
 * Answers one activity as a learner would, with the right answer where the file gives one; with
 * `wrong`, a single-choice question gets a wrong choice instead.
 */
export async function play(
  page: Page,
  box: Locator,
  element: Record<string, any>,
  options: { wrong?: boolean; feedback?: boolean } = {},
): Promise<void> {
  const validate = () => box.getByRole('button', { name: 'Valider' }).click();
  switch (element.type) {
    case 'single-choice':
      await box
        .getByLabel(plain(element.choices.find((c: any) => (options.wrong ? c.id !== element.answer : c.id === element.answer)).text), {
          exact: false,
        })
        .first()
        .check();
      await validate();
      break;
    case 'multiple-choice':
      for (const id of element.answers)
        await box
          .getByLabel(plain(element.choices.find((c: any) => c.id === id).text), { exact: false })
          .first()
          .check();
      await validate();
      break;
    case 'short-answer':
      await box.getByRole('textbox').fill(element.accepted[0]);
      await validate();
      break;
    case 'ordering':
      // Keyboard equivalent of drag and drop: each item is moved up to its place.
      for (const [target, item] of element.items.entries()) {
        for (let guard = 0; guard < element.items.length; guard++) {
          const texts = await box.getByRole('listitem').allInnerTexts();
          const at = texts.findIndex((t) => t.includes(plain(item.text)));
          if (at <= target) break;
          await box
            .getByRole('listitem')
            .nth(at)
            .getByRole('button', { name: /Monter/ })
            .click();
        }
      }
      await validate();
      break;
    case 'matching':
      for (const pair of element.pairs)
        await box
          .getByLabel(plain(pair.left), { exact: false })
          .first()
          .selectOption({ label: plain(pair.right) });
      await validate();
      break;
    case 'true-false':
      for (const [i, statement] of element.statements.entries()) {
        const right = options.wrong && i === 0 ? !statement.answer : statement.answer;
        await box.getByRole('button', { name: right ? 'Vrai' : 'Faux', exact: true }).click();
        if (i < element.statements.length - 1) await box.getByRole('button', { name: 'Affirmation suivante' }).click();
      }
      break;
    case 'flashcards':
      for (let i = 0; i < element.cards.length; i++) {
        await box.getByRole('button', { name: 'Retourner la carte' }).click();
        await box.getByRole('button', { name: 'Je savais' }).click();
      }
      break;
    case 'scenario': {
      let step = element.steps.find((s: any) => s.id === element.start);
      while (step?.choices?.length) {
        const good = step.choices.find((c: any) => c.quality === 'good');
        await box.getByLabel(plain(good.text), { exact: false }).last().check();
        await validate();
        if (!good.next) break;
        await box.getByRole('button', { name: 'Continuer' }).click();
        step = element.steps.find((s: any) => s.id === good.next);
      }
      break;
    }
    case 'poll':
      await box
        .getByRole(element.multiple ? 'checkbox' : 'radio')
        .first()
        .check();
      await validate();
      await expect(box).toContainText('%');
      break;
    default:
      return;
  }
  // A positioning test shows no feedback: the next question replaces this one.
  if (options.feedback !== false) await expect(box.locator('[aria-live]').first()).not.toBeEmpty();
}

import { describe, expect, it } from 'vitest';
import type { PlayerGrainFragment } from '#lib/graphql/generated/graphql.ts';
import { nextDelay } from './backoff.ts';
import { formatBytes, mediaUrls } from './media.ts';

const grains = [
  {
    id: 'g1',
    type: 'LESSON',
    title: 'Un',
    elements: [
      { __typename: 'ImageElement', id: 'i', src: '/media/m/a.svg', alt: 'A', longDescription: null },
      { __typename: 'VideoElement', id: 'v', src: '/media/m/v.mp4', captionsSrc: '/media/m/v.vtt', transcriptHtml: null },
      { __typename: 'ImageElement', id: 'j', src: 'https://ailleurs.example/b.png', alt: 'B', longDescription: null },
    ],
  },
  {
    id: 'g2',
    type: 'ACTIVITY',
    title: 'Deux',
    elements: [
      { __typename: 'ImageElement', id: 'k', src: '/media/m/a.svg', alt: 'A', longDescription: null },
      {
        __typename: 'ScenarioElement',
        id: 's',
        scenarioTitle: 'S',
        startStepId: 'a',
        steps: [
          {
            id: 'a',
            situationHtml: '',
            ending: false,
            image: { src: '//cdn.example/x.png', alt: 'X', longDescription: null },
            choices: [],
          },
        ],
      },
    ],
  },
] as unknown as PlayerGrainFragment[];

describe('mediaUrls', () => {
  it('lists each file of our origin once (images, video, captions), never another site’s', () => {
    expect(mediaUrls(grains)).toEqual(['/media/m/a.svg', '/media/m/v.mp4', '/media/m/v.vtt']);
  });
});

describe('formatBytes', () => {
  it('writes sizes in the learner’s language', () => {
    expect(formatBytes(1_234_567, 'fr')).toMatch(/^1,2\s?Mo$/u);
    expect(formatBytes(340_000, 'en')).toBe('340 kB');
    expect(formatBytes(12, 'fr')).toMatch(/^1\s?ko$/u);
  });
});

describe('nextDelay', () => {
  it('waits about a second first, then twice as long each time, a minute at most', () => {
    const middle = () => 0.5;

    expect(nextDelay(0, middle)).toBe(1000);
    expect(nextDelay(1000, middle)).toBe(2000);
    expect(nextDelay(50_000, middle)).toBe(60_000);
  });
});

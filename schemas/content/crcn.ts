/**
 * The official CRCN structure (décret n° 2019-919): 5 domains, 16 competencies, with the official
 * spelling (curriculum FACTS §0, "Intitulé CRCN" column). Pix spells some of them differently
 * ("Informations et données", "Construire un environnement numérique"); the framework file must
 * use these.
 */
export const CRCN_DOMAINS = [
  {
    code: '1',
    name: 'Information et données',
    competencies: [
      { code: '1.1', name: "Mener une recherche et une veille d'information" },
      { code: '1.2', name: 'Gérer des données' },
      { code: '1.3', name: 'Traiter des données' },
    ],
  },
  {
    code: '2',
    name: 'Communication et collaboration',
    competencies: [
      { code: '2.1', name: 'Interagir' },
      { code: '2.2', name: 'Partager et publier' },
      { code: '2.3', name: 'Collaborer' },
      { code: '2.4', name: "S'insérer dans le monde numérique" },
    ],
  },
  {
    code: '3',
    name: 'Création de contenus',
    competencies: [
      { code: '3.1', name: 'Développer des documents textuels' },
      { code: '3.2', name: 'Développer des documents multimédia' },
      { code: '3.3', name: 'Adapter les documents à leur finalité' },
      { code: '3.4', name: 'Programmer' },
    ],
  },
  {
    code: '4',
    name: 'Protection et sécurité',
    competencies: [
      { code: '4.1', name: "Sécuriser l'environnement numérique" },
      {
        code: '4.2',
        name: 'Protéger les données personnelles et la vie privée',
      },
      {
        code: '4.3',
        name: "Protéger la santé, le bien-être et l'environnement",
      },
    ],
  },
  {
    code: '5',
    name: 'Environnement numérique',
    competencies: [
      { code: '5.1', name: 'Résoudre des problèmes techniques' },
      { code: '5.2', name: 'Évoluer dans un environnement numérique' },
    ],
  },
] as const;

export const CRCN_LEVEL_MIN = 1;
export const CRCN_LEVEL_MAX = 8;

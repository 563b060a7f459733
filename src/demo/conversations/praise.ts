// Praise: products people love, a technician who did well, a delivery on time, the ads.
import { seeds, type SeedRow } from './seeds.ts';

const TW = 'twitter-fr';
const FB = 'facebook-fr';
const IG = 'instagram';
const CA = 'twitter-ca';

/** Thanks for a service: the customer service (or Lumière Services) owns them. */
const SERVICE: SeedRow[] = [
  [TW, 'fr', 'Livraison du lave-linge en avance, livreurs adorables qui ont même repris l\'ancien. Rien à redire 👌 @MaisonLumiere'],
  [TW, 'fr', 'Franchement le SAV a été top : lampe cassée à la livraison, remplacée en 48h sans discuter. Comme quoi ça existe.'],
  [TW, 'fr', 'La vendeuse du magasin de Lille (Sarah) a été d\'une patience incroyable avec ma mère qui voulait comprendre les ampoules connectées. Merci ❤️'],
  [FB, 'fr', 'Retour accepté sans ticket, avec le sourire, au magasin de Toulouse. Ça mérite d\'être dit.'],
  [TW, 'fr', 'Service client au téléphone : 2 min d\'attente, problème réglé en 5. Je savais pas que ça existait encore 😅'],
  [TW, 'fr', 'Merci @MaisonLumiere pour le geste commercial suite au retard, c\'est apprécié 🙏'],
  [FB, 'fr', 'Super conseil au magasin de Nantes pour choisir nos luminaires, 40 min avec nous sans jamais pousser à la vente. Merci !'],
  [TW, 'fr', 'Bon ben j\'étais prête à râler mais le colis est arrivé ce matin avec 2 jours d\'avance. Bravo 😄'],
  [TW, 'fr', 'Bravo pour la gestion du rappel du chargeur : info claire, remboursement en 3 jours. C\'est comme ça qu\'on garde la confiance.', { s: 'charger-recall' }],
  [TW, 'fr', 'Merci pour la réponse rapide en DM, problème réglé 👍'],
  [TW, 'fr', 'Première fois qu\'un SAV me rappelle quand il dit qu\'il va rappeler. Noté.'],
  [TW, 'fr', 'Mention spéciale à la personne du service client qui m\'a rappelé un samedi pour me dire que ma commande était partie. Ça change tout.'],
  [TW, 'fr', 'Top, merci @MaisonLumiere'],
  [FB, 'fr', 'Je tenais à remercier Mehdi du service client qui a été d\'une grande gentillesse au téléphone avec mon père de 82 ans. Il a pris le temps. Merci.'],
  [TW, 'en', 'Just want to say your Paris Bastille staff were lovely, helped us pick lamps in English with zero attitude 🙌'],
  [TW, 'en', 'Refund for my return landed in 3 days. No chasing needed. Thanks @MaisonLumiere'],
  [FB, 'en', 'Shoutout to the customer service team for answering in English and sorting my delivery to Brussels. Very smooth.'],
];

const SERVICES: SeedRow[] = [
  [TW, 'fr', 'Merci au technicien de @LumiereServices (Kevin je crois ?) super pro, il a même réglé ma vieille hotte gratuitement 🙏'],
  [FB, 'fr', 'Très satisfaite : frigo reçu à la date prévue, installation nickel par Lumière Services. Je recommande.'],
  [TW, 'fr', 'Technicien venu réparer mon four ce matin, à l\'heure, efficace, il m\'a même expliqué comment détartrer. Merci @LumiereServices !'],
  [IG, 'fr', 'Installation de la plaque induction nickel, propre, rapide. Équipe Lumière Services au top 👌'],
  [TW, 'fr', '@LumiereServices le technicien a prévenu 30 min avant d\'arriver, a tout protégé, tout nettoyé. C\'est rare, merci', { by: 'jb' }],
];

/** Love for the products, the stores and the ads: marketing. */
const BRAND: SeedRow[] = [
  [TW, 'fr', 'La suspension Céleste dans ma cuisine 😍😍 meilleur achat de l\'année'],
  [TW, 'fr', 'Bravo pour la pub de Noël, j\'ai versé ma petite larme 🥲 #MaisonLumiere'],
  [IG, 'fr', 'Magnifique 😍'],
  [IG, 'fr', 'Trop belle cette lampe !! 🔥🔥'],
  [IG, 'fr', 'j\'ai la même dans mon salon et je l\'adore 💛'],
  [IG, 'fr', 'Le robot Lumi Clean a adopté le chat (ou l\'inverse) 🐱🤖 10/10'],
  [TW, 'fr', 'Ma lampe Orsay a 12 ans et marche toujours. Ça c\'était de la qualité 👌'],
  [TW, 'fr', 'Le lave-vaisselle Aura est tellement silencieux que je vérifie s\'il tourne 😂 top'],
  [IG, 'fr', '👏👏👏'],
  [FB, 'fr', 'Merci pour le jeu concours, j\'ai bien reçu ma lampe, elle est superbe !'],
  [IG, 'fr', 'La nouvelle collection est sublime, vivement qu\'elle arrive en magasin'],
  [IG, 'fr', 'Ce rendu dans la chambre 😍 vous avez trop bon goût'],
  [IG, 'fr', 'Fan de la Nova depuis le premier jour ✨'],
  [TW, 'fr', 'J\'ai offert une suspension Céleste à ma sœur pour sa crémaillère, elle a pleuré 😂 merci !'],
  [IG, 'fr', 'Nouvelle déco du salon avec la suspension Céleste de @maisonlumiere 💡 Complètement fan de la lumière qu\'elle donne le soir, douce et chaleureuse. Code ANAIS15 pour vous 🤍 #collab #deco #homedecor #maisonlumiere', { by: 'anais' }],
  [TW, 'fr', 'super boulot le nouveau magasin de Rennes, très lumineux (logique 😄)'],
  [FB, 'fr', 'Cliente depuis 20 ans, jamais déçue. Merci Maison Lumière ❤️'],
  [IG, 'fr', 'Vous êtes les meilleurs 😍😍😍'],
  [IG, 'fr', 'trop stylé 🔥'],
  [TW, 'fr', 'Honnêtement la collab avec les artisans verriers de Biot c\'est la plus belle collection que vous ayez sortie'],
  [IG, 'en', 'Obsessed with this lamp 😍'],
  [IG, 'en', 'The Orsay is a design classic ✨'],
  [TW, 'en', 'Been using Lumi+ bulbs for a year, zero issues. Best smart bulbs I\'ve owned tbh', { d: 'rnd' }],
  [IG, 'en', 'This is so pretty!! 😍😍'],
  [IG, 'en', 'This collection is stunning 😍'],
  [TW, 'en', 'The team at your Lyon store talked me out of the expensive lamp and into the one I actually needed. Honest advice, rare. Thank you!'],
  [TW, 'fr', 'Enfin une appli de maison connectée qui marche du premier coup. 6 ampoules installées en 10 min. Chapeau', { d: 'rnd' }],
  [TW, 'fr', 'Le nouveau design de l\'appli est beaucoup plus clair, merci d\'avoir écouté les retours 🙌', { d: 'rnd', by: 'loic' }],
];

const CANADA: SeedRow[] = [
  [CA, 'en', 'Shoutout to the @MaisonLumiereCA delivery crew, carried a fridge up 3 floors of Montreal outdoor stairs in January. Heroes 🫡', { d: 'customer_service' }],
  [CA, 'en', 'ok the Aura dishwasher is SO quiet. Sold.'],
  [CA, 'en', 'Customer care at @MaisonLumiereCA actually fixed my issue in one call. Wild.', { d: 'customer_service' }],
  [CA, 'fr', 'Merci à l\'équipe du magasin de Laval, service impeccable pis pas de pression pour acheter 👍', { d: 'customer_service', by: 'gen' }],
  [CA, 'en', 'Love that the Canadian site finally shows real CAD prices. Took long enough but 🙌'],
  [CA, 'en', 'Your holiday ad made me cry in a coffee shop. Well done @MaisonLumiereCA'],
  [CA, 'en', 'Polar fridge delivered on time in a snowstorm. Respect. ❄️', { d: 'customer_service' }],
  [CA, 'en', 'Thanks @MaisonLumiereCA for the quick refund, painless.', { d: 'customer_service' }],
  [CA, 'fr', 'Ma suspension Céleste est enfin installée dans mon condo, c\'est donc ben beau 😍'],
  [CA, 'en', 'Installer was on time, super tidy, explained everything. 10/10 @MaisonLumiereCA', { d: 'customer_service' }],
  [CA, 'en', 'finally a smart bulb that doesn\'t need 3 different apps. love it'],
  [CA, 'en', 'The staff at the Toronto Queen St store are genuinely the nicest people. Went in for a bulb, left with a lamp and zero regrets'],
];

export const PRAISE = [
  ...seeds('praise', 'customer_service', SERVICE),
  ...seeds('praise', 'customer_service', SERVICES.map(([ch, lang, text, o]) => [ch, lang, text, { e: 'services', ...o }] as const)),
  ...seeds('praise', 'marketing', BRAND),
  ...seeds('praise', 'marketing', CANADA),
];

// Ideas and feature requests: products, the app, services.
import { seeds, type SeedRow } from './seeds.ts';

const TW = 'twitter-fr';
const FB = 'facebook-fr';
const IG = 'instagram';
const CA = 'twitter-ca';

const ROWS: SeedRow[] = [
  [TW, 'fr', '@MaisonLumiere idée : une lampe Nova avec un port USB-C dans le pied. Tout le monde charge son tel sur sa table de nuit'],
  [TW, 'fr', 'Ce serait top de pouvoir programmer les Lumi+ sur le coucher du soleil et pas juste à heure fixe', { by: 'loic' }],
  [TW, 'fr', 'Mode sombre dans l\'appli svp 🙏 je me crame les yeux à 23h quand j\'éteins les lumières'],
  [FB, 'fr', 'Pourquoi pas une reprise des vieilles lampes en magasin contre un bon d\'achat ? Je le ferais direct, et c\'est bon pour la planète'],
  [TW, 'fr', 'Suggestion : vendre les abat-jour séparément. Le mien est abîmé mais le pied est nickel, je vais pas racheter toute la lampe'],
  [IG, 'fr', 'Faites une version rechargeable de l\'applique Lina svp, j\'ai pas de prise au-dessus du lit 😅'],
  [TW, 'fr', 'Idée pour l\'appli : un mode « vacances » qui allume et éteint les lumières au hasard pour simuler une présence', { by: 'loic' }],
  [TW, 'fr', 'Un widget iPhone pour tout éteindre d\'un coup ce serait le rêve'],
  [FB, 'fr', 'Vous pourriez mettre les notices en vidéo ? Monter la suspension Céleste avec la notice papier c\'était un escape game 🧩'],
  [TW, 'fr', '@MaisonLumiere proposition : un abonnement entretien annuel pour le lave-linge, avec les pièces d\'usure comprises. Je signe direct'],
  [TW, 'fr', 'Vous avez pensé à des ampoules très chaudes pour le soir, genre 1800K ? Pour le sommeil ce serait top'],
  [TW, 'fr', 'Le robot Lumi Clean devrait savoir éviter les chaussettes. Juste ça. C\'est tout ce que je demande.'],
  [TW, 'fr', 'Intégration Home Assistant svp : une API locale ouverte et vous aurez tous les geeks de France 🤓', { by: 'loic', re: [{ after: 20, text: 'et pas besoin du cloud pour allumer une lampe dans mon salon, tant qu\'on y est 😇' }] }],
  [IG, 'fr', 'Faites des ateliers « relooker sa lampe » en magasin, je suis sûre que ça marcherait 🎨', { d: 'marketing' }],
  [TW, 'fr', 'Une option dans l\'appli pour voir la lampe en réalité augmentée dans mon salon avant d\'acheter ? Ça éviterait les retours'],
  [TW, 'fr', 'Idée : publier les fichiers 3D des petites pièces en plastique pour qu\'on les imprime nous-mêmes. Certaines marques le font déjà'],
  [FB, 'fr', 'Un programme spécial biberons sur le lave-vaisselle, pensez aux jeunes parents 🍼'],
  [TW, 'fr', 'Il manque un détecteur de présence compatible Lumi+ pour le couloir. Vous y pensez ?'],
  [TW, 'fr', 'Sur le site, un filtre « compatible avec mon installation » (culot, puissance) éviterait plein d\'erreurs de commande'],
  [TW, 'fr', 'Ce serait bien que le suivi de livraison donne un créneau d\'une heure et pas « entre 7h et 19h »', { d: 'customer_service' }],
  [IG, 'fr', 'La Céleste en vert sauge 🌿 ce serait une tuerie', { d: 'marketing' }],
  [TW, 'fr', 'et si le hub Lumi Box faisait aussi répéteur wifi ? ça libérerait une prise', { by: 'loic' }],
  [FB, 'fr', 'Proposez un service de location de lampes pour les événements (mariages, anniversaires). Il y a une vraie demande !', { d: 'marketing' }],
  [TW, 'fr', 'Une appli qui calcule la conso électrique de chaque appareil acheté chez vous, avec des conseils, ça aurait du sens'],
  [TW, 'en', 'Feature request: let us share Lumi+ scenes with other people in the house without sharing the account password'],
  [IG, 'en', 'Would love a smaller Orsay for kids\' rooms, maybe with a night-light mode 🌙'],
  [TW, 'en', 'Please add Matter support to the Lumi Box. Would instantly buy 10 more bulbs.'],
  [TW, 'en', 'Idea: an energy report in the app, how many kWh each bulb used this month. Would be great for the bill'],
  [IG, 'en', 'Please make the Nova in matte black, it would sell out 🖤', { d: 'marketing' }],
  [CA, 'en', 'Please bring the Céleste pendant to Canada!! Only on the French site 😭', { d: 'marketing' }],
  [CA, 'fr', 'Suggestion : l\'appli en français d\'icitte svp. « Courriel » pas « e-mail », « magasiner » pas « faire du shopping » 😉'],
  [CA, 'en', 'Idea: a winter mode for the smart bulbs, warmer light from November to March automatically. Seasonal blues are real up here ❄️'],
  [CA, 'en', 'Would be great if the delivery team texted 30 min before arriving. Half of Toronto works from a café', { d: 'customer_service' }],
];

export const IDEAS = seeds('idea', 'rnd', ROWS);

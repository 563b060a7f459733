// Crises: a lamp that overheated, a recalled charger that melted, an injury, a boycott after an ad.
import { seeds, type SeedRow } from './seeds.ts';

const ROWS: SeedRow[] = [
  ['twitter-fr', 'fr', "@MaisonLumiere ma lampe de chevet Nova a fait de la FUMÉE cette nuit, odeur de plastique brûlé, l'abat-jour a noirci. Mes enfants dormaient à côté. Photos et vidéo à l'appui. C'est quoi ce produit ???", { s: 'nova-overheating',
    re: [{ after: 30, text: 'Ma vidéo de la Nova qui fume dépasse les 200 000 vues et toujours aucune réaction de @MaisonLumiere. Vous attendez qu\'il y ait un incendie ?' }],
  }],
  ['twitter-fr', 'fr', 'Mon chargeur Lumi Charge a FONDU sur ma table de nuit 😱 heureusement j\'étais réveillée. Il est dans le rappel ? Pourquoi on n\'a pas été prévenus par mail ?? @MaisonLumiere', { s: 'charger-recall' }],
  ['facebook-fr', 'fr', 'Ma fille de 4 ans s\'est brûlé la main sur la lampe Nova, l\'abat-jour était brûlant après 20 minutes. On sort des urgences. Je vais porter plainte.', { s: 'nova-overheating' }],
  ['twitter-fr', 'fr', 'BOYCOTT. Votre pub fête des mères « Offrez-lui enfin le temps de tout faire » avec un aspirateur et un lave-linge, on est en quelle année ?? #BoycottMaisonLumiere', { s: 'mothers-day-ad' }],
  ['twitter-fr', 'fr', 'Je découpe ma carte fidélité. 15 ans de cliente. Cette pub est une honte. #BoycottMaisonLumiere #ToutPourElle', { s: 'mothers-day-ad' }],
  ['instagram', 'fr', 'Sérieusement cette pub ?? Désabonnée. Et je ne suis pas la seule. #BoycottMaisonLumiere', { s: 'mothers-day-ad' }],
  ['twitter-fr', 'fr', 'Étincelles qui sortent de la prise du lave-linge Aura neuf, le disjoncteur saute, odeur de brûlé. J\'ose plus rien brancher. @MaisonLumiere @LumiereServices'],
  ['facebook-fr', 'fr', 'ATTENTION à ceux qui ont la lampe Nova : ne la laissez jamais allumée sans surveillance. La mienne a pris feu (l\'abat-jour) hier soir. Partagez au maximum.', { s: 'nova-overheating' }],
  ['twitter-fr', 'en', 'Your Mother\'s Day ad is beyond tone-deaf. Unfollowing, and I\'m done buying from you. #BoycottMaisonLumiere', { s: 'mothers-day-ad' }],
  ['twitter-fr', 'en', 'One of your Lumi+ bulbs literally exploded in the hallway tonight, glass everywhere, my dog cut his paw. This is a safety issue @MaisonLumiere'],
  ['twitter-ca', 'en', '@MaisonLumiereCA my Lumi Clean robot\'s battery swelled up and cracked the casing. It was charging in my kid\'s room. This is dangerous. Is there a recall??'],
  ['twitter-ca', 'fr', 'Le chargeur acheté au magasin de Montréal est rappelé en France mais pas au Canada?? Le mien a chauffé au point de déformer le plastique. Expliquez-moi ça @MaisonLumiereCA', { s: 'charger-recall' }],
];

export const CRISES = seeds('crisis', 'communication', ROWS);

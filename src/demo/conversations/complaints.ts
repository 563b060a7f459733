// Complaints: late or broken deliveries, refunds, missed after-sales visits, billing, the app.
import { seeds, type SeedRow } from './seeds.ts';

const TW = 'twitter-fr';
const FB = 'facebook-fr';
const IG = 'instagram';
const CA = 'twitter-ca';

const HEAD_OFFICE: SeedRow[] = [
  [TW, 'fr', "@MaisonLumiere ça fait 12 jours que j'attends mon frigo Polar, livraison annulée 2 fois sans prévenir. Tout mon stock est dans une glacière 🙃", {
    by: 'nath',
    re: [
      { after: 20, text: 'toujours pas de réponse… vous lisez vos messages ?' },
      { after: 50, text: "3e jour. Appelé le 09, 45 min d'attente puis ça raccroche tout seul. Bravo 👏 #MaisonLumiere" },
      { after: 53, by: '?', text: "pareil pour moi, commande du 4 toujours pas livrée et personne au tel" },
      { after: 98, intent: 'praise', text: "Frigo enfin livré et installé. Merci à Mehdi du SAV qui a débloqué le dossier en une matinée. Ça aurait pu être plus simple mais c'est réglé 🙏" },
    ],
  }],
  [TW, 'fr', 'Colis reçu ce matin : suspension Céleste en MORCEAUX. Le carton était éventré sur le côté. Je fais quoi moi maintenant ?? @MaisonLumiere', {
    re: [{ after: 26, text: "Bon. 26h plus tard toujours rien. J'ai envoyé les photos par le formulaire aussi, au cas où" }],
  }],
  [FB, 'fr', "remboursement de mon retour toujours pas reçu, ça fait 5 semaines. vous etes une banque ou un magasin ?", { by: 'sylvie' }],
  [TW, 'fr', 'Prélevée DEUX fois pour la même commande (2 x 349,90€). Le service client me dit d\'attendre 10 jours ouvrés. Je les attends où mes 350€ en attendant ? @MaisonLumiere'],
  [TW, 'fr', 'Merci @MaisonLumiere pour ce magnifique week-end sans lave-linge 👏👏 Livraison « garantie samedi » qu\'ils disaient'],
  [TW, 'fr', "LAPPLI PLANTE A CHAQUE FOIS QUE JE VEUX AJOUTER UNE AMPOULE. 3 ampoules Lumi+ à 25€ qui servent à RIEN. CORRIGEZ ÇA @MaisonLumiere"],
  [TW, 'fr', "Depuis la mise à jour de l'appli mes ampoules Lumi+ s'allument toutes seules à 3h du mat 👻 c'est drôle 5 min"],
  [TW, 'fr', "jsuis allée au magasin de Lille pr un retour, on m'a dit qu'il fallait passer par le site. Sur le site on me dit d'aller en magasin. Ping-pong 🏓 @MaisonLumiere"],
  [TW, 'fr', "@MaisonLumiere vous avez un vrai service client ou c'est juste un bot qui répond « nous sommes désolés pour la gêne occasionnée » ?"],
  [TW, 'fr', 'Code promo BIENVENUE10 refusé au paiement, « code invalide ». Il est dans votre newsletter d\'hier pourtant 🙄'],
  [FB, 'fr', "Livreur qui laisse le frigo EN BAS de l'immeuble alors que j'avais payé la livraison à l'étage. 4e sans ascenseur. Merci pour rien."],
  [TW, 'fr', 'Vous facturez 39€ de frais de livraison et le livreur balance le carton par-dessus le portail. Vidéo à l\'appui. #MaisonLumiere'],
  [FB, 'fr', "Je veux juste qu'on me rembourse ma lampe. Retour posté le 3, reçu par votre entrepôt le 6 (j'ai la preuve de dépôt), depuis silence radio.", {
    re: [{ after: 30, text: 'relance…' }, { after: 75, text: "Toujours rien. Prochaine étape la médiation de la consommation, je préviens." }],
  }],
  [TW, 'fr', '3 mails, 2 appels, 1 formulaire de contact. 0 réponse. Je tente Twitter puisque apparemment c\'est le seul endroit où vous répondez @MaisonLumiere'],
  [TW, 'fr', 'la garantie c\'est 2 ans mais le joint de porte du lave-vaisselle c\'est « pièce d\'usure » donc pas couvert. Bien sûr. 🙄'],
  [TW, 'fr', "Pièce détachée pour mon four Chef 60 en rupture depuis 2 mois. Un four à 600€ inutilisable pour un bout de plastique. L'obsolescence quand tu nous tiens #sav"],
  [TW, 'fr', 'Commande en click & collect, « prête en 2h ». Arrivée au magasin de Nantes : introuvable, revenez demain. 40 km aller-retour 😤'],
  [FB, 'fr', "Vendeur du magasin de Bordeaux très désagréable quand j'ai demandé à échanger un article. Cliente depuis 10 ans, c'est la dernière fois que je mets les pieds chez vous."],
  [TW, 'fr', '@MaisonLumiere votre site me débite ET annule la commande ?? J\'ai le mail d\'annulation et le débit sur mon compte. Explications svp'],
  [TW, 'fr', 'Le « paiement en 3x sans frais » a maintenant des frais. Ça s\'appelle plus sans frais du coup non ?'],
  [IG, 'fr', 'Mon robot Lumi Clean se perd dans un salon de 20m². Il tourne en rond depuis 40 min. Je crois qu\'il fait une dépression 🤖💤'],
  [TW, 'fr', 'Facture : 2 lampes. Reçu : 1 lampe. Réponse du SAV : « le colis est complet selon le poids ». Lol.'],
  [TW, 'fr', "Ça fait 45 minutes que je suis en attente au service client. La musique d'attente je la connais par cœur maintenant 🎶 @MaisonLumiere", {
    re: [{ after: 1, text: '1h05. On m\'a raccroché au nez. Je recommence demain 🙃' }],
  }],
  [FB, 'fr', "Je viens de recevoir ma lampe Orsay... couleur laiton sur la commande, reçue en noir mat. Et le retour serait à mes frais ?!"],
  [FB, 'fr', "bonjour jai commander une lampe pour l'anniversaire de ma mere elle est toujours pas arriver on ma dit 48h sa fait 10 jours"],
  [TW, 'fr', 'Le chat du service client m\'a déconnecté 3 fois. À la 4e j\'abandonne. Vous voulez pas de clients en fait ?'],
  [IG, 'fr', 'Jolies photos mais ma commande du mois dernier je la vois quand ? 🙃'],
  [IG, 'fr', 'Au lieu de poster des photos de salons parfaits répondez à vos DM svp. 3 semaines que j\'attends un retour pour un remboursement'],
  [IG, 'fr', "Sur insta c'est beau, en vrai l'abat-jour de ma Céleste a complètement jauni en 6 mois 😕"],
  [FB, 'fr', "Avis à tous : ne commandez pas de gros électroménager chez eux. Lave-linge livré avec les cales de transport encore dedans, le livreur a refusé de l'installer, tambour bloqué. Puis SAV injoignable pendant 10 jours. Je n'ai jamais vu ça.", { by: 'sylvie' }],
  [FB, 'fr', 'Mon avoir de 120€ a expiré alors que le magasin m\'avait dit qu\'il était valable 1 an. Il a duré 6 mois. Je veux parler à un responsable.'],
  [TW, 'fr', 'Ampoules Lumi+ en pack de 4, 2 ne s\'appairent jamais. Reset 15 fois. J\'ai un master en info et j\'y arrive pas, imaginez ma mère.'],
  [TW, 'fr', 'impossible de me connecter à mon compte client depuis hier, « erreur 500 » @MaisonLumiere', {
    re: [{ after: 5, text: 'toujours pareil. ça marche chez quelqu\'un ?' }],
  }],
  [TW, 'fr', 'commande annulée sans explication 🤷‍♀️ remboursement « sous 14 jours ». génial.'],
  [TW, 'fr', "Le frigo Polar fait un bruit de tracteur depuis la livraison. Le SAV dit que c'est « normal pour un américain ». Mon voisin a le même : aucun bruit."],
  [TW, 'fr', 'Votre transporteur a mis « client absent » alors que j\'étais chez moi TOUTE la journée. Pas de sonnette, pas d\'avis de passage, rien. Classique.'],
  [TW, 'fr', 'Ça fait 3 fois que je redonne mon numéro de commande à 3 conseillers différents. Vous avez pas d\'historique ?'],
  [TW, 'fr', '@MaisonLumiere pourquoi ma carte fidélité a perdu tous mes points ? J\'avais 2300 pts 😡'],
  [TW, 'fr', 'sérieux une plaque induction à 500 balles qui affiche F3 au bout de 3 semaines... et on me propose un « diagnostic à distance » par mail'],
  [TW, 'fr', 'Dsl mais votre livraison « express 24h » c\'est 24h lunaires ou quoi ? Commandé lundi, toujours rien vendredi'],
  [TW, 'fr', 'Le lampadaire Orsay est arrivé sans notice ni vis. Vous faites du meuble en kit sans les vis maintenant ? 😂'],
  [FB, 'fr', 'Facture jamais reçue, impossible de la télécharger sur le site, et j\'en ai besoin pour mon assurance. 3 demandes, 0 réponse.'],
  [TW, 'fr', 'vous êtes au courant que votre site affiche « en stock » sur des produits qui sont en rupture depuis des semaines ? commande passée, annulée 5 jours après'],
  [TW, 'fr', '<b>URGENT</b> <b>URGENT</b> commande ML-450338 livrée chez le voisin (qui est parti en vacances). Je fais comment ?? @MaisonLumiere'],
  [IG, 'fr', 'Vous répondez aux commentaires quand c\'est des compliments mais jamais quand c\'est un problème, on a remarqué 😉'],
  [FB, 'fr', 'Arrêtez de m\'envoyer 3 newsletters par jour !! Désinscrite 2 fois, je reçois toujours vos promos', { d: 'marketing' }],
  [TW, 'fr', 'Une notif push de l\'appli à 7h un dimanche pour une promo sur les bouilloires. Non merci. Désinstallée.', { d: 'marketing' }],
  [TW, 'fr', 'Votre pub dit « -30% sur tout le luminaire » et en caisse c\'est -30% sur une sélection. Un peu facile.', { d: 'marketing' }],
  [FB, 'fr', "Mise en demeure : sans remboursement de ma commande ML-439902 (849€) sous 8 jours, je saisirai le tribunal judiciaire. Copie adressée à mon avocat.", { d: 'legal' }],
  [TW, 'fr', 'ça fait 3 semaines… 3 SEMAINES…', { re: [{ after: 24, text: '??' }] }],
  [TW, 'fr', 'Vos conditions de retour changent tous les 6 mois, c\'est illisible. 14 jours, 30 jours, sauf gros électro, sauf promo... faites simple'],
  ['press-inbox', 'fr', "Bonjour,\nJe vous écris à cette adresse car personne ne répond au service client. Commande ML-447120, lave-linge payé le 2, jamais livré, aucune nouvelle. Je n'ai pas d'autre solution.\nCordialement\nM. Ferreira", {
    by: { handle: 'a.ferreira.pro@mail.example', name: 'Antonio Ferreira' },
  }],
  ['careers', 'fr', "Je sais que c'est la page recrutement mais vu que personne ne répond ailleurs : commande ML-452019, lampe cassée à la livraison, photos envoyées 3 fois. Quelqu'un peut transmettre ?"],
  [TW, 'en', '@MaisonLumiere ordered a floor lamp to Brussels 3 weeks ago, tracking hasn\'t moved since it left Lille. Order ML-451190. Any update?', {
    re: [{ after: 28, text: 'Still nothing. Not even an automated reply.' }],
  }],
  [TW, 'en', 'Your English checkout keeps failing at the payment step. Tried 3 different cards. Pls fix @MaisonLumiere'],
  [TW, 'en', 'Bought a Lumi+ starter kit at your Paris store on holiday, the app won\'t let me register it with a UK account. Great. Now I have 4 very expensive normal bulbs'],
  [TW, 'en', '@MaisonLumiere still waiting on a refund for a return I sent back 5 weeks ago. this is getting ridiculous tbh'],
  [TW, 'en', 'Your delivery guys scratched my brand new parquet carrying the fridge in and now nobody answers my emails. Photos ready if anyone cares.'],
  [IG, 'en', 'love the aesthetic but my lamp arrived with a cracked shade and support has ghosted me for 2 weeks 🙃'],
  [IG, 'en', 'Stop posting and answer your DMs. Order ML-448870. Nothing since I paid.'],
  [TW, 'en', 'Paid for express shipping to Dublin, got standard. Can I at least get the difference back?'],
  [FB, 'en', 'I live in Paris but don\'t speak French well. Every time I call your customer service they hang up when I switch to English. Is there any way to get help in English?'],
  [TW, 'en', 'The Lumi+ app is in French even though my phone is in English. And there is no setting to change it. Come on.'],
  [TW, 'en', 'Hey, your website charged me the French VAT on an order shipped to Switzerland AND customs charged me again at delivery. Who refunds that?'],
  [TW, 'en', '@MaisonLumiere I\'ve been trying to cancel an order for 3 days. It hasn\'t even shipped. Why is this impossible?'],
  [TW, 'en', 'Delivered the wrong colour. Again. Second replacement, same mistake. Does anyone actually read the order?'],
  [TW, 'en', 'Tried to use my gift card online: "invalid". Works in store apparently. Nearest store is 40 min away 🙃'],
  [IG, 'en', 'Pretty pictures, shame about the customer service. 3 weeks waiting for a reply to a simple return.'],
  [FB, 'en', 'My order was split into 3 deliveries and I got charged 3 delivery fees?? That is not what the checkout said.'],
  [TW, 'fr', 'Et sinon le remboursement de ma commande annulée c\'est pour cette année ou la prochaine ? @MaisonLumiere', {
    re: [{ after: 24, text: 'UP' }, { after: 72, text: 'Bon ben j\'ai fait opposition auprès de ma banque. Tant pis.' }],
  }],
];

const SERVICES: SeedRow[] = [
  [TW, 'fr', "@LumiereServices 2e rendez-vous manqué pour la pose de ma hotte. 2e journée de congé pour rien. Je fais comment ?", {
    by: 'jb',
    re: [
      { after: 6, text: 'Toujours aucun appel. Au téléphone on me dit que « le planning a sauté ». Super.' },
      { after: 27, text: 'ok donc le 3e rdv c\'est dans 3 semaines. Magnifique service #LumiereServices #sav' },
    ],
  }],
  [TW, 'fr', "@LumiereServices technicien censé passer entre 8h et 12h pour la pose du lave-vaisselle. Il est 14h30, personne, pas un appel. J'ai posé ma journée.", {
    re: [{ after: 3, text: '17h. toujours personne. je vais finir par l\'installer moi-même' }],
  }],
  [FB, 'fr', 'Bonjour, lave-linge Aura acheté il y a 8 mois, en panne (erreur E21). On me propose une intervention dans... 4 semaines. Avec 3 enfants. Sérieusement ?'],
  [TW, 'fr', 'Technicien arrive, regarde le frigo, dit qu\'il n\'a pas la pièce, repart. Facturé 89€ de déplacement. @LumiereServices c\'est une blague ?'],
  [TW, 'fr', '<b>URGENT</b> plus de courant dans la cuisine depuis que votre technicien est passé installer la hotte, il a touché au tableau ?? @LumiereServices rappelez moi svp 06 12 34 56 78'],
  [TW, 'fr', '@LumiereServices on m\'a facturé une intervention alors que l\'appareil est sous garantie. Facture LS-20931. Merci de corriger.', { by: 'jb' }],
  [FB, 'fr', 'Technicien sympa mais reparti en laissant les cartons et la poussière de perçage partout dans ma cuisine... c\'est compris dans le prix ?'],
  [TW, 'fr', 'Rendez-vous d\'installation du four décalé par SMS la veille à 22h, pour la 2e fois. @LumiereServices vous savez que les gens travaillent ?'],
  [TW, 'en', 'Moved to Lyon last year, bought everything from you. Washer dead after 7 months and the first repair slot is a month away. Not ok @LumiereServices'],
  [FB, 'fr', "Réparation du lave-vaisselle : 3 passages du technicien, 3 pièces changées, toujours la même fuite. Je demande un échange, on me répond « procédure ». J'en peux plus."],
  [TW, 'fr', 'pose de luminaire annulée le matin même « technicien malade ». ok ça arrive. mais 2e date proposée : dans 5 semaines. @LumiereServices'],
];

const CANADA: SeedRow[] = [
  [CA, 'en', '@MaisonLumiereCA Ordered a Polar fridge, delivery window was 8-12 today. It\'s 4pm. No call, no email. Took the day off for this.', {
    re: [{ after: 22, text: 'Day 2. Still no fridge, still no call. @MaisonLumiereCA' }],
  }],
  [CA, 'en', 'Charged $1,249.99 and then another $1,249.99 the next day for the same order. Your phone line just hangs up on me. @MaisonLumiereCA', {
    by: 'dan',
    re: [
      { after: 18, text: 'Still waiting on that double charge. Bank says it\'s on your end.' },
      { after: 70, intent: 'praise', text: 'Update: Olivia from customer care called me back and the refund is in. Thanks for sorting it out 👍' },
    ],
  }],
  [CA, 'en', 'Bought the Aura washer at the Laval store, it leaks from the door. Store says call support, support says go to store. Love it.'],
  [CA, 'en', 'Your app has been showing me prices in euros all week, in Toronto. Is the CAD price the real one or not??'],
  [CA, 'en', 'Third time asking: where is my refund? RMA 88213. It\'s been 6 weeks. @MaisonLumiereCA', { re: [{ after: 30, text: 'hello?? anyone?' }] }],
  [CA, 'en', 'Delivery guy left my dishwasher in the snow. IN THE SNOW. 🥶 Montreal, -18°C'],
  [CA, 'fr', "@MaisonLumiereCA ça fait 3 semaines que j'attends ma laveuse pis personne me rappelle. C'est ben beau les pubs mais le service après-vente c'est zéro", {
    by: 'gen',
    re: [{ after: 48, text: 'Toujours rien. J\'ai-tu besoin d\'appeler l\'Office de la protection du consommateur pour avoir une réponse?' }],
  }],
  [CA, 'fr', "Chu allée au magasin de Québec pour un retour pis y m'ont dit que les retours c'est juste en ligne. Franchement."],
  [CA, 'en', 'Price dropped $200 two days after I bought it. Asked for a price adjustment, told no. The store across the street would\'ve done it.'],
  [CA, 'en', 'My Lumi+ bulbs keep disconnecting from the hub every night since the update. Firmware 2.4.1. Anyone else? @MaisonLumiereCA'],
  [CA, 'en', 'been on hold 1h12min. ONE HOUR TWELVE MINUTES. @MaisonLumiereCA'],
  [CA, 'en', 'Ordered online for in-store pickup in Ottawa. Got the "ready" email, drove 40 min, they can\'t find it. Again.'],
  [CA, 'en', 'the "free delivery over $99" doesn\'t apply in Quebec apparently? Nowhere on the site does it say that'],
  [CA, 'fr', 'Livraison prévue mardi, reportée à jeudi, reportée à lundi prochain. J\'ai-tu droit à un rabais pour mes 3 congés? 🙄 #Montréal'],
  [CA, 'en', 'Warranty claim denied because I "installed it myself". It\'s a LAMP. You plug it in. @MaisonLumiereCA'],
  [CA, 'en', 'customer service chat said someone would call within 24h. That was Friday.'],
  [CA, 'en', 'Why is the exact same lamp $89 CAD here and 45€ in France? That\'s not the exchange rate, that\'s a joke'],
  [CA, 'en', 'Ordered 3 Lumi+ bulbs, got 3 empty boxes. Literally empty. How does that even happen', { by: 'dan' }],
  [CA, 'en', 'Hey <i>@MaisonLumiereCA</i> your newsletter shows raw tags like &lt;b&gt;SALE&lt;/b&gt; in the subject line lol. Also please stop sending 2 a day', { d: 'marketing' }],
  [CA, 'en', 'Your delivery partner in Mississauga is the worst. Rescheduled 4 times, every time by text at 6am.'],
  [CA, 'en', 'Fridge arrived with a dent the size of my fist on the door. Driver said "sign here, you can complain later". So here I am, complaining later. @MaisonLumiereCA'],
  [CA, 'fr', 'Facturé en dollars américains sur le site canadien?? J\'ai payé des frais de conversion pour rien. Pas fort.'],
  [CA, 'en', '@MaisonLumiereCA order CA-20331 says delivered. It was not delivered. Porch cam shows nobody came. Now what?', {
    re: [{ after: 20, text: 'Still waiting. Sent the porch cam footage twice now.' }],
  }],
  [CA, 'en', 'Paid $79 for "white glove delivery". They left the box in the lobby and ran. @MaisonLumiereCA'],
  [CA, 'en', 'Your Boxing Day doorbusters were sold out online at 12:01am. Every. Single. One. Sure.'],
  [CA, 'en', 'Bulb died after 3 months. Warranty needs the original receipt. Who keeps a receipt for a light bulb??'],
  [CA, 'en', 'the app logs me out every single time I open it. reinstalled twice. @MaisonLumiereCA'],
  [CA, 'en', 'Returned a lamp in store 3 weeks ago, refund still not on my card. Store says head office, head office says store.', {
    re: [{ after: 50, text: 'Day 25. Still nothing. Starting a chargeback.' }],
  }],
  [CA, 'en', 'The new loyalty program took away the points I had from the old one?? 4,000 points just gone. Not cool @MaisonLumiereCA'],
  [CA, 'en', 'Installer drilled into a water pipe mounting my range hood. Kitchen flooded. Now I wait 10 days for someone to "assess" it. Unbelievable. @MaisonLumiereCA'],
  [CA, 'en', 'two weeks for an installer to show up for a range hood in Toronto. two weeks. for a hood. i could have learned to install it myself by now'],
];

export const COMPLAINTS = [
  ...seeds('complaint', 'customer_service', HEAD_OFFICE),
  ...seeds('complaint', 'customer_service', SERVICES.map(([ch, lang, text, o]) => [ch, lang, text, { e: 'services', ...o }] as const)),
  ...seeds('complaint', 'customer_service', CANADA),
];

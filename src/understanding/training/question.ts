// Questions: the writer wants information (opening hours, prices, how to do something, the status
// of something) and is not, or not yet, unhappy about it.
import { examples } from './lines.ts';

const FR = `
Bonjour, vous êtes ouverts le 15 août ?
Est-ce que la carte bancaire est acceptée dans le bus ou il faut un ticket avant ?
@BanqueAzur comment je fais pour augmenter mon plafond de paiement depuis l'appli ?
Vous livrez en Suisse ?
Bonjour, il faut combien de temps pour recevoir la carte après l'ouverture du compte ?
C'est possible de changer la date de mon billet sans frais ?
Quelqu'un sait si le magasin de Rennes a des places de parking ?
Est-ce que l'offre fibre est disponible à mon adresse ? Je suis à Angers centre
Bonsoir, le forfait 100 Go marche aussi en Europe ?
On peut payer en plusieurs fois sur le site ?
Quels sont vos horaires le dimanche ?
Bonjour, pour un retour en magasin faut-il le ticket de caisse ou la carte fidélité suffit ?
Le petit déjeuner est compris dans le prix de la chambre ?
@VoltaEnergie comment je transmets mon relevé de compteur ?
Est-ce que vous avez ce modèle en 42 ? La référence c'est 2281-B
Salut, l'appli marche sur les tablettes Android ?
Bonjour, mon colis est parti ? commande 88412
On peut amener un chien dans le train ? Il fait 8 kg
Combien coûte la carte jeune et jusqu'à quel âge on peut l'avoir ?
Hello, vous faites des cartes cadeaux ?
Est-ce que la livraison est gratuite à partir d'un certain montant ?
C'est quoi la différence entre l'offre Essentiel et l'offre Confort ?
bonjour comment on active l'option double authentification svp
Je déménage le mois prochain, comment je transfère mon contrat ?
Y a-t-il une réduction pour les étudiants ?
L'application permet-elle d'exporter les relevés en CSV ?
Bonjour, à partir de quelle heure peut-on récupérer une commande en click & collect ?
Les bagages cabine c'est combien de kilos max ?
Vous acceptez les chèques vacances ?
Je voudrais savoir si l'assurance couvre le bris de glace
Bonjour, comment modifier l'adresse de livraison une fois la commande validée ?
Quel est le délai pour un remboursement quand on retourne un article ?
On peut réserver une table pour 12 personnes samedi soir ?
Est-ce qu'il y a une appli pour suivre la consommation d'électricité en temps réel ?
Où est-ce que je trouve mon RIB dans l'espace client ?
Le code promo de la newsletter est valable sur les soldes ?
Bonjour, est-ce que le parking de l'hôtel est surveillé ?
C'est normal que je n'aie pas reçu le mail de confirmation ? J'ai vérifié les spams
Quand est-ce que la nouvelle collection arrive en boutique ?
Le service client est joignable à quelle heure ?
Je suis à l'étranger, comment je fais opposition sur ma carte ?
Il faut réserver pour l'atelier vélo ou on peut venir directement ?
Bonjour, mon fils a 11 ans, il paie plein tarif ?
Est-ce que je peux garder mon numéro si je change d'opérateur ?
Vous avez un point relais à Villeurbanne ?
On peut utiliser deux codes promo sur la même commande ?
bjr le magasin de Lille est ouvert pendant les travaux ?
Quelles pièces faut-il pour ouvrir un compte pour un mineur ?
Comment je récupère mon mot de passe si je n'ai plus accès à l'ancienne adresse mail ?
C'est combien la résiliation avant la fin de l'engagement ?
Bonjour, la box est-elle compatible avec un répéteur wifi d'une autre marque ?
Vous prenez les tickets restaurant dématérialisés ?
Quel est le numéro pour déclarer un sinistre le week-end ?
Est-ce que les places sont numérotées dans le car ?
Bonjour, je ne trouve pas où télécharger mon attestation d'assurance, vous pouvez m'aider ?
Est-ce que l'abonnement annuel peut être payé mensuellement ?
Il y a un âge minimum pour louer une voiture chez vous ?
Le magasin fait les retouches de pantalon ?
Dans quels pays l'appli est disponible ?
Bonjour, j'ai une petite question sur la facture : à quoi correspond la ligne "contribution tarifaire" ?
Les enfants de moins de 3 ans voyagent gratuitement ?
Je peux venir chercher ma commande avec la pièce d'identité de mon conjoint ?
C'est possible d'avoir une facture au nom de mon entreprise ?
Y a un wifi gratuit dans vos trains ?
Bonjour, est-ce que le produit contient des fruits à coque ?
Vous avez des bornes de recharge électriques sur l'aire ?
Comment fonctionne le parrainage ?
Est-ce que je peux suspendre mon abonnement pendant l'été ?
Le remboursement se fait sur la carte utilisée ou en bon d'achat ?
Bonjour, à quelle date tombe le prélèvement mensuel ?
Il faut imprimer le billet ou le QR code sur le téléphone suffit ?
On peut ajouter un deuxième conducteur au contrat de location ?
Il faut remplir quelles conditions pour avoir le chèque énergie ?
Bonjour 🙂 vous organisez des visites de l'usine ?
Quelle taille me conseillez-vous, je fais du 38 d'habitude ?
Le prix du carburant affiché sur l'appli est mis à jour quand ?
Est-ce que mon compte joint peut être transformé en compte individuel ?
Bonjour, la garantie est de combien d'années sur ce type de produit ?
Les animaux sont acceptés dans les chambres ?
Petite question : la TV est incluse dans l'offre ou c'est en option ?
Comment on fait pour parler à un conseiller en agence ?
Bonjour, l'offre de bienvenue est cumulable avec le parrainage ?
Quels documents dois-je fournir pour la portabilité ?
Est-ce que l'application fonctionne hors connexion ?
Bonjour, le vol de 14h est maintenu malgré la grève ?
C'est où le bureau de poste le plus proche de la gare ?
Vous ouvrez à quelle heure demain ?
Le magasin est accessible en fauteuil roulant ?
On peut payer en espèces à la borne ?
Ça marche comment le remboursement des transports par l'employeur ?
Il reste des places pour le vol de dimanche ?
Je peux changer de forfait en cours de mois ?
Ça prend combien de temps une portabilité ?
La carte est utilisable à l'étranger sans frais ?
Il faut un rendez-vous pour ouvrir un compte ?
Le magasin de Dijon fait-il le retrait des commandes web ?
Comment je sais si mon colis est en point relais ?
Bonjour, vous avez encore le modèle bleu en taille M ?
Le devis est gratuit ?
On peut venir avec une poussette dans le tram ?
Vous livrez jusqu'à quelle heure le soir ?
Est-ce que l'abonnement inclut les appels vers l'étranger ?
Mon contrat se termine quand exactement ?
Comment je consulte mes anciennes factures ?
Bonjour, est-il possible de recevoir le relevé de compte par courrier ?
L'offre est valable pour les professionnels ?
Je suis en situation de handicap, y a-t-il une assistance en gare ?
Vous avez un parking vélo sécurisé ?
On peut réserver une voiture avec siège bébé ?
Comment on fait pour changer de titulaire sur un contrat d'énergie ?
Bonjour, le prix inclut l'installation ?
Bonjour, la garantie couvre-t-elle aussi les pièces d'usure ?
Vous faites la reprise de l'ancien matelas à la livraison ?
C'est combien la livraison pour un meuble en Corse ?
Bonjour, le retrait en magasin est gratuit ?
Je peux régler avec deux cartes différentes ?
Vous avez une adresse mail pour le service après-vente ?
Bonsoir, le code promo est cumulable avec les soldes ?
Comment on fait pour activer la garantie étendue après l'achat ?
La carte cadeau est valable combien de temps ?
Les produits reconditionnés ont-ils la même garantie que les neufs ?
Bonjour, le magasin d'Annecy fait aussi la découpe de plans de travail ?
Vous savez quand la taille M sera de nouveau disponible ?
bonjour vous livrez le dimanche svp
Est-ce qu'on peut venir avec son chien dans le magasin ?
Les frais de retour sont à ma charge si l'article ne me va pas ?
vous faites les cartes cadeaux en magasin ou seulement en ligne
Bonjour, j'ai oublié mon mot de passe et je n'ai plus accès à mon ancien mail, comment faire ?
Il y a un numéro de téléphone pour joindre le service client ou c'est seulement par chat ?
Salut, l'offre du catalogue est valable aussi en boutique ?
Pouvez-vous me dire si ce modèle existe en plus grand ?
Hello, on peut réserver un article en ligne et payer sur place ?
Bonjour, quelle est la différence entre les deux versions, à part le prix ?
La livraison express est disponible le week-end ?
Bonjour à vous, combien de temps faut-il pour recevoir un remboursement après un retour ? Merci d'avance
`;

const EN = `
Hi, are you open on Christmas Eve?
Do you ship to Ireland?
@AzureBank how do I raise my contactless limit in the app?
How long does it take to get the card after opening an account?
Can I change the date on my ticket without paying a fee?
Is fibre available at my address yet? I'm in the city centre
Does the 50GB plan work in Europe?
What time do you close on bank holidays?
Can I pay in instalments on the website?
Is breakfast included in the room price?
Do you have this jacket in a size 12?
Does the app work on Android tablets?
Can dogs travel on the train? She's small
What's the difference between the Basic and Plus plans?
How do I turn on two-factor authentication?
I'm moving next month, how do I transfer my contract?
Is there a student discount?
Can I export my statements as CSV from the app?
What time can I pick up a click and collect order?
What's the weight limit for hand luggage?
How do I change my delivery address after placing an order?
How long does a refund take once you receive the return?
Can I book a table for 10 on Saturday night?
Where do I find my account details in the app?
Does the newsletter discount code work on sale items?
Is the hotel car park secure?
When does the new collection arrive in stores?
What time does customer service open?
I'm abroad, how do I freeze my card?
Do kids under 5 travel free?
Can I keep my number if I switch to you?
Do you have a pickup point near Manchester Piccadilly?
Can I use two promo codes on one order?
What ID do I need to open an account for my son?
How much does it cost to cancel before the end of the contract?
Do you accept Apple Pay in store?
Is there free wifi on the coach?
Does this product contain nuts?
How does the referral programme work?
Can I pause my membership for the summer?
Will the refund go back to my card or as store credit?
Do I need to print the ticket or is the QR code on my phone enough?
Can I add a second driver to the rental?
Quick question: is the TV package included or extra?
What documents do you need to switch my number over?
Does the app work offline?
Is the 2pm flight still going ahead with the strike?
Hi! Do you offer gift cards?
Is there a minimum age to rent a car with you?
Which countries is the app available in?
What's the warranty on this model?
Are pets allowed in the rooms?
How do I get a VAT invoice for my company?
When is the monthly direct debit taken?
Anyone know if the Leeds store has parking?
Hey, does your contents insurance cover accidental damage?
Is the welcome offer compatible with the referral bonus?
Is my order on its way? Order number 55190
Where can I charge my car at the services?
Where's the nearest post office to the station?
What time do you open tomorrow?
Is the store wheelchair accessible?
Can I pay cash at the machine?
Are there seats left on Sunday's flight?
Can I change plans mid month?
How long does porting a number take?
Can I use the card abroad without fees?
Do I need an appointment to open an account?
How do I know if my parcel is at the pickup point?
Do you still have the blue one in medium?
Is the quote free?
Can I bring a pushchair on the tram?
Does the plan include international calls?
When exactly does my contract end?
How do I see my old bills?
Is the offer valid for businesses?
Is there assistance at the station for disabled passengers?
Can I book a car with a baby seat?
Does the price include installation?
Does the warranty cover wear parts too?
Do you take the old mattress away on delivery?
How much is delivery for furniture to the Highlands?
Is click and collect free?
Can I split the payment across two cards?
Is there an email address for after-sales?
Can the promo code be used on sale items?
How do I activate the extended warranty after purchase?
How long is the gift card valid for?
Do refurbished products get the same warranty as new ones?
Any idea when size M will be back in stock?
hi do you deliver on sundays
Can I bring my dog into the store?
Do I pay return shipping if it doesn't fit?
do you sell gift cards in store or only online
Forgot my password and can't access my old email, what do I do?
Is there a phone number for customer service or is it chat only?
Is the catalogue offer valid in store too?
Could you tell me whether this model comes in a bigger size?
Can I reserve online and pay in store?
What's the difference between the two versions apart from price?
How long does a refund take after a return? Thanks in advance
`;

export const QUESTIONS = examples('question', FR, EN);

// Spam: get-rich schemes, followers for sale, phishing that borrows the company's name (fake prizes,
// fake parcels, fake account suspensions), fake job offers, and cold sales pitches sent in bulk.
import { examples } from './lines.ts';

const FR = `
🎉 Félicitations ! Vous faites partie des 100 clients tirés au sort pour recevoir un iPhone 15. Confirmez ici : bit.ly/cadeau-client
Votre colis est retenu au dépôt. Réglez 2,49€ de frais de réexpédition sur suivi-colis-fr.info
@BanqueAzur service sécurité : votre compte présente une activité suspecte, validez votre identité sur azur-secure-verif.com
Je gagne 400€ par jour avec le trading auto 📈💰 contactez-moi en privé
Tu veux des abonnés réels ? 5000 followers pour 9€ 🔥 lien en bio
Avis à tous : VoltaEnergie rembourse 150€ à chaque client, remplissez le formulaire ici 👉 volta-rembourse.fr
Sacs de marque en liquidation, -85% jusqu'à ce soir ➡️ sacs-liquidation-outlet.shop
Investissez 250€ et recevez 5000€ en 2 semaines, c'est garanti, écrivez-moi sur WhatsApp
Votre abonnement a expiré. Mettez à jour vos informations de paiement pour continuer : stream-renouvellement.net
Bonjour, votre site est lent et mal noté sur mobile, je peux le refaire pour pas cher, répondez-moi
On cherche des testeurs d'applis payés 40€ de l'heure, aucune compétence requise, écrire sur Telegram
💸 Crypto qui va faire x100, rejoins le groupe Telegram avant qu'il soit trop tard 🚀🚀
Votre compte mérite plus de visibilité 📈 notre équipe peut vous aider, voir @boost_insta_fr
Chère cliente, votre carte fidélité ShopPlus expire. Récupérez vos 300 points en bon d'achat : shopplus-points.top
Gagnez un an de courses gratuites !! Partagez ce post et cliquez sur le lien 🎁🎁
Prêt entre particuliers sans frais, réponse en 24h, taux 2%, contactez-moi par mail
Je propose la création de site web professionnel à partir de 99€, devis gratuit en MP
Formation en ligne pour devenir riche en 30 jours, places limitées 🔥 lien dans ma bio
Bonjour, votre remboursement d'impôt de 287€ est disponible, cliquez pour le recevoir
Un sugar daddy cherche une personne sérieuse, écris-moi
Bonjour ! Nous fabriquons des emballages personnalisés, prix usine, livraison rapide, demandez notre catalogue
Votre ligne sera suspendue aujourd'hui suite à un impayé. Régularisez ici : fibrenet-paiement-client.com
Les 50 premiers à commenter "OUI" reçoivent une carte cadeau de 200€ 🎁 (concours officiel)
Achetez des avis 5 étoiles pour votre entreprise, 100% indétectables
Rejoignez notre réseau de vente et devenez votre propre patron 💼 revenus illimités
🔞 Photos exclusives sur mon profil, clique vite
Vous avez gagné ! Votre billet de train gratuit vous attend, réclamez-le avant minuit : railexpress-offre.com
Agence marketing : nous augmentons vos ventes de 300% grâce à la publicité ciblée. Audit offert.
J'ai remboursé toutes mes dettes grâce à Mme Laurent, experte en forex, contactez-la vite
Code promo -70% sur toute la boutique avec le code GRATUIT70 👉 promo-geante.store
Service conformité : une plainte pour droits d'auteur vise votre page, confirmez que vous en êtes propriétaire ici : verif-page-pro.site
Hey, petit partenariat ? 👀 On fait la promo de ta page pour 20€ seulement
Formation dropshipping offerte, 10k€ par mois depuis ton canapé 🛋️
Besoin d'argent rapidement ? Crédit accordé même aux fichés Banque de France
Cliquez ici pour recevoir votre colis en attente 📦 suivi-livraison-express.xyz
Vends followers, likes et vues TikTok, prix cassés, paiement PayPal
Bonjour, nous sommes une société de recouvrement offshore, nous pouvons récupérer vos impayés
Gagne de l'argent en regardant des vidéos, 50€ par jour, inscris-toi avec mon lien
Nouveau casino en ligne avec 500€ de bonus de bienvenue 🎰 jouez maintenant
Votre carte vitale expire, commandez la nouvelle sur ameli-renouvellement-carte.info
Ton profil m'intéresse pour une opportunité business, réponds-moi en privé 🤑
Offre exclusive : voyage tout compris aux Maldives pour 1€ seulement, cliquez vite
Bonjour, nous sommes un grossiste en vêtements en Turquie, tarifs imbattables pour les revendeurs
Mise à jour obligatoire de votre application bancaire : téléchargez-la depuis ce lien
Promo !! Climatisation installée à prix cassé, appelez le 06 12 34 56 78
🚨 Alerte : votre carte bancaire a été désactivée. Réactivez-la ici en moins de 2 min : reactivation-carte-client.com
Vous avez un colis à récupérer, confirmez vos coordonnées et payez 1€ pour la livraison : colis-attente-suivi.net
Bonjour, nous sommes une agence SEO basée à Madagascar, rédaction d'articles optimisés à 5€ l'article
Rejoins ma team et gagne 1000€ par semaine avec ton téléphone 📱💰 DM "GO"
👉 Les 30 premiers à cliquer gagnent un an d'abonnement gratuit !! offre-abonnement-gratuit.fun
Je vends des comptes Netflix premium à vie pour 15€, paiement en crypto uniquement
Gagnez une trottinette électrique en répondant à notre sondage de 2 minutes 🛴 sondage-gagnant.xyz
Votre remboursement CAF est bloqué, complétez votre dossier ici pour le débloquer
Bonjour chère entreprise, nous offrons des prospects qualifiés pour votre activité, 500 contacts pour 99€
Trader depuis 3 ans, je partage mes signaux gagnants gratuitement sur mon canal Telegram 📊
Salut 👋 tu veux devenir ambassadeur d'une marque de montres ? Il suffit d'acheter une montre à -50% avec mon code
Compte certifié en 48h ✅ badge bleu garanti, contactez-nous
Société de nettoyage disponible pour vos bureaux, devis gratuit, appelez le 07 00 00 00 00
🔥 MEGA PROMO 🔥 iPhone à 99€ seulement aujourd'hui, stock limité ➡️ iphone-promo-flash.shop
Félicitations, votre numéro a été tiré au sort par la loterie nationale, envoyez vos coordonnées pour recevoir vos gains
Votre facture d'eau présente un trop-perçu de 136€, cliquez pour être remboursé
Vous cherchez un crédit ? Taux 1,5% pour tous, même sans CDI, réponse immédiate par WhatsApp
Bonjour, nous sommes une usine de textile au Bangladesh, production de t-shirts en gros à partir de 1000 pièces
Pack de 100 000 emails de particuliers français à vendre, fichier à jour
💰 Je double tes bitcoins en 24h, preuve de paiement sur mon profil
Envie de te lancer dans l'immobilier sans apport ? Masterclass gratuite ce soir, lien dans ma bio
Bonjour, votre nom de domaine expire demain, renouvelez-le ici pour éviter sa suppression
Message important de votre opérateur : vous avez droit à un remboursement de 48€, réclamez-le sur opérateur-remb.info
Nos casques audio de marque à 19€ au lieu de 299€, déstockage exceptionnel
Tu t'ennuies ? Des filles près de chez toi veulent te parler 💋
La solution miracle pour perdre 10 kilos en 2 semaines, testez gratuitement 👇
Agence de community management : nous gérons vos réseaux pour 49€ par mois, résultats garantis
Gagne des cadeaux en jouant à notre jeu mobile, code parrain FREE2024
Votre compte de messagerie est presque plein, cliquez ici pour augmenter l'espace gratuitement
Hey, ton profil a été sélectionné pour tester gratuitement nos produits, envoie-nous ton adresse 📦
Achète tes vues YouTube et deviens viral en 24h 🚀
Investissement dans le vin et les whiskys rares, rendement 12% garanti, contactez notre conseiller
Bonjour, avez-vous besoin d'un développeur ? Application mobile complète en 2 semaines pour 500€
Stop à la fatigue ! Nos gélules naturelles sur mon site, -30% avec le code BIEN30
Urgent : colis international bloqué à la douane à votre nom, payez les frais pour libérer l'envoi
Bonjour, je m'appelle Sarah et je cherche quelqu'un de sérieux pour une relation, écrivez-moi sur mon numéro
Grosse remise sur les panneaux solaires, l'État finance tout, appelez vite avant la fin du dispositif
Ton compte va être bloqué pour activité suspecte, connecte-toi ici pour le vérifier 🔐
Salut ! Ton profil nous plaît, deviens ambassadeur de notre marque et reçois des produits gratuits, DM nous 💌
Service client officiel : contactez-nous sur WhatsApp au +33 7 xx pour récupérer votre remboursement
Votre compte sera supprimé sous 24h si vous ne confirmez pas vos informations ici
Collab ? On paie en produits + commission, écris-nous vite 📩
Meilleur prix pour des vues YouTube et des likes, livraison instantanée ⚡
Je double ton argent en 7 jours, déjà 300 clients satisfaits, DM
Travaillez depuis votre canapé, 3000€ par mois, aucune expérience, lien en bio
Ray-Ban à 19€ seulement aujourd'hui 😎 stock limité
Félicitations @client ! Tu as gagné notre concours, envoie tes coordonnées bancaires en privé pour recevoir ton lot
Achetez des avis 5 étoiles pour votre entreprise, discrétion assurée
Vous voulez plus de clients ? Nous gérons vos réseaux sociaux pour 49€/mois, écrivez-nous
`;

const EN = `
🎉 Congratulations! You're one of 100 customers selected to win an iPhone. Claim here: bit.ly/claim-prize
Your parcel is on hold. Pay $2.99 redelivery fee at parcel-track-help.info
Security alert: unusual activity on your account, verify your identity at azure-secure-login.com
Made $5,000 this week with this trading bot 📈 DM me
Want real followers? 10k for $15 🔥 link in bio
Everyone check this: the company is refunding $150 to every customer, fill in the form here 👉 refund-claims.site
Luxury handbags clearance, 85% off until tonight ➡️ bags-clearance-outlet.shop
Invest $300 and get $6,000 back in 14 days, guaranteed, message me on WhatsApp
Your subscription has expired. Update your payment details to keep watching: stream-renew-account.net
Hi, I noticed your website has 37 errors hurting your traffic, shall I send you a free report?
Part time online assistant wanted, $80/hour, no interview, message our HR on Telegram
This coin is about to 100x, join the Telegram before it's too late 🚀🚀
Your content deserves more reach 📈 our team can help, check @growth_boost_ig
Your loyalty points expire today. Redeem 500 points as a voucher: rewards-club-points.top
Win a year of free groceries!! Share this post and click the link 🎁🎁
Personal loans with no credit check, approved in 24h, email me
Professional websites from $99, free quote, DM me
Get rich in 30 days with my online course, limited spots 🔥 link in bio
Your tax refund of £287 is ready, click to receive it
Hot singles in your area 🔞 click now
Hello! We manufacture custom packaging at factory prices with fast shipping, ask for our catalogue
Your line will be suspended today due to an unpaid bill. Pay now: telecom-billing-help.com
Comment your favourite product and tag 3 friends to win a $200 voucher 🎁 claim at voucher-winners.club
Buy 5 star reviews for your business, 100% undetectable
Be your own boss 💼 unlimited income, join my team
You've won a free train ticket! Claim before midnight: free-rail-offer.com
Marketing agency here: we'll boost your sales by 300% with targeted ads. Free audit.
My life changed since I met Mr Daniel, his signals made me rich, contact him on Instagram
70% off everything with code FREE70 👉 mega-sale.store
Support team: a copyright complaint was filed against this page. Confirm ownership here or lose access: business-rights-check.site
Collab? 👀 We promote your page for just $20
Free dropshipping course, $10k a month from your couch 🛋️
Selling TikTok followers, likes and views, cheap, PayPal accepted
Earn money watching videos, $50 a day, sign up with my link
New online casino with $500 welcome bonus 🎰 play now
Exclusive offer: all inclusive trip to Bali for $1, click fast
We are a wholesale clothing supplier, unbeatable prices for resellers, MOQ 200 pcs
Mandatory update of your banking app: download it from this link
Hello purchasing manager,\\nOur factory produces stainless steel kitchenware for retailers worldwide. Free samples, OEM welcome. Reply for the price list.\\nThanks, Linda
🚨 Alert: your card has been deactivated. Reactivate it in under 2 minutes: card-reactivation-help.com
You have a parcel waiting, confirm your details and pay £1 shipping: parcel-pending-track.net
We are an SEO agency offering optimised blog posts for $5 each
Join my team and earn $1,000 a week from your phone 📱💰 DM "GO"
👉 First 30 to click win a free year of subscription!! free-sub-offer.fun
Selling lifetime premium streaming accounts for $15, crypto only
Win an e-scooter by answering our 2 minute survey 🛴 survey-winner.xyz
Your benefits payment is on hold, complete your file here to release it
We provide qualified leads for your business, 500 contacts for $99
Trading for 3 years, sharing my winning signals for free on my Telegram 📊
Want to become a watch brand ambassador? Just buy a watch at 50% off with my code
Verified badge in 48 hours ✅ guaranteed, contact us
Office cleaning company available, free quote, call now
🔥 FLASH SALE 🔥 iPhones for $99 today only, limited stock ➡️ phone-flash-deal.shop
Congratulations, your number was drawn in the international lottery, send your details to claim
Your water bill shows an overpayment of £136, click to be refunded
Need a loan? 1.5% for everyone, no job needed, instant answer on WhatsApp
Textile factory in Bangladesh here, bulk t-shirts from 1000 pieces
I'll double your bitcoin in 24h, proof of payment on my profile
Want to get into property with no deposit? Free masterclass tonight, link in bio
Your domain name expires tomorrow, renew here to avoid deletion
Brand headphones for $19 instead of $299, massive clearance
Bored? Girls near you want to chat 💋
Lose 10 kilos in 2 weeks with this miracle trick, try it free 👇
Social media management for $49 a month, guaranteed results
Your mailbox is almost full, click here to upgrade storage for free
Your profile was selected to test our products for free, send us your address 📦
Buy YouTube views and go viral in 24h 🚀
Invest in rare whisky, 12% guaranteed returns, speak to our adviser
Need a developer? Full mobile app in 2 weeks for $500
Urgent: international parcel held at customs in your name, pay the fees to release it
Government funded solar panels, call before the scheme closes
Your account will be locked for suspicious activity, log in here to verify 🔐
Hey! We love your profile, become a brand ambassador and get free products, DM us 💌
Official support here: message us on WhatsApp to claim your refund
Your account will be deleted in 24h unless you verify your details at this link
Collab? We pay in products plus commission, message us quick 📩
Cheapest YouTube views and likes, instant delivery ⚡
I double your money in 7 days, 300 happy clients already, DM
Work from your sofa, $3000 a month, no experience, link in bio
Ray-Bans only $19 today 😎 limited stock
Congrats! You won our contest, send your bank details by DM to receive your prize
Buy 5 star reviews for your business, discreet and fast
Want more customers? We run your social media for $49/month, message us
`;

export const SPAM = examples('spam', FR, EN);

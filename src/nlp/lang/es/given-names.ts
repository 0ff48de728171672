/**
 * Common Spanish (and Catalan, Valencian, Galician, Basque) given names that the shared list
 * (gazetteers/given-names.ts) lacks or writes without accents. Public facts, written by hand. Names
 * that are as often common words ("Rosa", "Mar", "Paz", "Luz") are left out.
 */
export const ES_GIVEN_NAMES: readonly string[] = `
antonio josé manuel francisco juan david javier daniel carlos jesús alejandro miguel rafael pedro pablo ángel sergio fernando jorge luis alberto
álvaro adrián diego raúl enrique ramón vicente iván rubén óscar andrés joaquín eduardo víctor roberto jaime mario ignacio alfonso salvador
ricardo marcos jordi emilio julián julio guillermo gabriel tomás agustín marc gonzalo félix hugo joan xavier íñigo iñaki aitor borja nicolás
cristian mariano gregorio lorenzo ismael arturo baltasar cristóbal esteban gustavo héctor lucas martín mateo matías rodrigo samuel sebastián
valentín pepe paco toni txema xosé xabier josep pere pau vicent andreu jaume ximo amadeo benito ernesto fermín germán gerardo hilario leopoldo
maría carmen ana isabel laura cristina marta dolores lucía francisca antonia elena pilar sara paula mercedes raquel manuela beatriz juana teresa
encarnación patricia silvia nuria núria irene montserrat montse rocío andrea alba mónica rosario sonia alicia marina ángela sofía susana yolanda
margarita natalia inmaculada eva claudia esther amparo begoña carolina concepción consuelo eugenia fátima gloria inés josefa julia lidia lorena
luisa macarena milagros miriam nerea noelia olga remedios rebeca salomé soledad verónica virginia ainhoa aitana adriana alejandra celia clara
elisa emilia estefanía gemma helena leire lourdes maite mireia neus vicenta xelo yaiza arantxa itziar idoia garbiñe carme meritxell empar
`.split(/\s+/).filter(Boolean);

<?php
function acme_newsletter_settings_page() {
	if ( isset( $_POST['acme_list_id'] ) ) {
		update_option( 'acme_newsletter_list_id', $_POST['acme_list_id'] );
		echo '<div class="updated">Saved list ' . $_POST['acme_list_id'] . '</div>';
	}
	global $wpdb;
	$rows = $wpdb->get_results( "SELECT * FROM {$wpdb->prefix}acme_signups WHERE list_id = '" . $_GET['list'] . "'" );
	echo '<h1>Acme Newsletter</h1>';
	echo '<form method="post"><input name="acme_list_id" value="' . get_option( 'acme_newsletter_list_id' ) . '"><button>Save</button></form>';
	echo '<p>' . count( $rows ) . ' sign-ups</p>';
}

add_action(
	'admin_menu',
	function () {
		add_options_page( 'Acme Newsletter', 'Acme Newsletter', 'manage_options', 'acme-newsletter', 'acme_newsletter_settings_page' );
	}
);

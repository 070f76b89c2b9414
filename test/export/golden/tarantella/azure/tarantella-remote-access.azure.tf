# Portolan Azure network security group rule set: Tarantella remote access
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Network team
# Change ticket: CHG-1042
# Scope: every flow, firewall-relevant only. This file: all zones, 53 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# One network security group per destination zone: associate it with that zone's subnet.
# Azure's default rules still allow VirtualNetwork and AzureLoadBalancer traffic in (priorities 65000-65001);
# add a deny rule below 4096 if these flows are to be the only ones.
# Each file is a self-contained Terraform configuration; keep each in its own folder.

variable "resource_group_name" {
  description = "The resource group that holds the network security groups"
  type        = string
}

variable "location" {
  description = "The Azure region of the network security groups"
  type        = string
}

# Inbound to zone DMZ
resource "azurerm_network_security_group" "dmz" {
  name                = "nsg-portolan-dmz"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R001: Used for client drive mapping services; the server binds to this port at start-up, whether or not client drive mapping services are currently enabled.
#   (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and application servers)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r001" {
  name                        = "portolan-r001"
  description                 = "R001: Used for client drive mapping services; the server binds to this p... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "139"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R002: Used to send print jobs from the application server to a Tarantella server. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
#   connections between Tarantella servers and application servers)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r002" {
  name                        = "portolan-r002"
  description                 = "R002: Used to send print jobs from the application server to a Tarantell... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "515"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R003: Used to connect X applications with the protocol engines running on the Tarantella server. (Tarantella, Inc., "What ports does Tarantella use?", § Ports
#   used for connections between Tarantella servers and application servers)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r003" {
  name                        = "portolan-r003"
  description                 = "R003: Used to connect X applications with the protocol engines running o... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "6010-6019"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R004: Backup agent (site standard) (custom flow, no vendor reference)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r004" {
  name                        = "portolan-r004"
  description                 = "R004: Backup agent (site standard) (custom flow, no vendor reference)"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "9000-9010"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R005: Used for connections between the Tarantella load balancing service running on an application server and the primary Tarantella server. (Tarantella, Inc.,
#   "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and application servers)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r005" {
  name                        = "portolan-r005"
  description                 = "R005: Used for connections between the Tarantella load balancing service... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 140
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "3579"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used for login and control, one port for
#   each Tarantella array member. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for Netlet connections to a Tarantella server)
# From Office users in Office LAN: 10.10.0.0/16
# To Netlet array (netlet1) in DMZ: 10.20.0.11
resource "azurerm_network_security_rule" "dmz-r010" {
  name                        = "portolan-r010"
  description                 = "R010, R012, R014, R016, R018, R020, R022, R024, R026, R028, R030, R032, R034, R036, R038, R040, R042, R044, R046, R048: Used... (Tarantel..."
  priority                    = 150
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["4000", "4002", "4004", "4006", "4008", "4010", "4012", "4014", "4016", "4018", "4020", "4022", "4024", "4026", "4028", "4030", "4032", "4034", "4036", "4038"]
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.11"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used for application connections, one
#   port for each Tarantella array member. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for Netlet connections to a Tarantella server)
# From Office users in Office LAN: 10.10.0.0/16
# To Netlet array (netlet1) in DMZ: 10.20.0.11
resource "azurerm_network_security_rule" "dmz-r011" {
  name                        = "portolan-r011"
  description                 = "R011, R013, R015, R017, R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043, R045, R047, R049: Used... (Tarantel..."
  priority                    = 160
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["4001", "4003", "4005", "4007", "4009", "4011", "4013", "4015", "4017", "4019", "4021", "4023", "4025", "4027", "4029", "4031", "4033", "4035", "4037", "4039"]
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.11"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R050: Standard, unencrypted HTTP requests and responses used to display webtops. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
#   connections between client devices and Tarantella servers)
# From Office users in Office LAN: 10.10.0.0/16
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r050" {
  name                        = "portolan-r050"
  description                 = "R050: Standard, unencrypted HTTP requests and responses used to display... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 170
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "80"
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R051: Secure, encrypted HTTPS requests and responses used to display webtops. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections
#   between client devices and Tarantella servers)
# From Office users in Office LAN: 10.10.0.0/16
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r051" {
  name                        = "portolan-r051"
  description                 = "R051: Secure, encrypted HTTPS requests and responses used to display web... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 180
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R052: Standard, unencrypted connections used for control and application display updates. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
#   connections between client devices and Tarantella servers)
# From Office users in Office LAN: 10.10.0.0/16
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r052" {
  name                        = "portolan-r052"
  description                 = "R052: Standard, unencrypted connections used for control and application... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 190
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3144"
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R053: SSL-based secure, encrypted connections to Tarantella servers which are using the Tarantella Security Pack, used for control and application display
#   updates. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between client devices and Tarantella servers)
# From Office users in Office LAN: 10.10.0.0/16
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r053" {
  name                        = "portolan-r053"
  description                 = "R053: SSL-based secure, encrypted connections to Tarantella servers whic... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "5307"
  source_address_prefix       = "10.10.0.0/16"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# Inbound to zone Core servers
resource "azurerm_network_security_group" "core-servers" {
  name                = "nsg-portolan-core-servers"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R006: Used to connect to X and character applications using Secure SHell (SSH). (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
#   connections between Tarantella servers and application servers)
# From Tarantella server (tta1) in DMZ: 10.20.0.10
# To Application server (apps1) in Core servers: 10.30.0.20
resource "azurerm_network_security_rule" "core-servers-r006" {
  name                        = "portolan-r006"
  description                 = "R006: Used to connect to X and character applications using Secure SHell... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = "10.20.0.10"
  destination_address_prefix  = "10.30.0.20"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.core-servers.name
}

# R007: Used to connect to Windows applications configured to use the Windows Terminal Services protocol. (Tarantella, Inc., "What ports does Tarantella use?", §
#   Ports used for connections between Tarantella servers and application servers)
# From Tarantella server (tta1) in DMZ: 10.20.0.10
# To Application server (apps1) in Core servers: 10.30.0.20
resource "azurerm_network_security_rule" "core-servers-r007" {
  name                        = "portolan-r007"
  description                 = "R007: Used to connect to Windows applications configured to use the Wind... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "10.20.0.10"
  destination_address_prefix  = "10.30.0.20"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.core-servers.name
}

# R008: Used for connections between the primary Tarantella server and the Tarantella load balancing service running on an application server. (Tarantella, Inc.,
#   "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and application servers)
# From Tarantella server (tta1) in DMZ: 10.20.0.10
# To Application server (apps1) in Core servers: 10.30.0.20
resource "azurerm_network_security_rule" "core-servers-r008" {
  name                        = "portolan-r008"
  description                 = "R008: Used for connections between the primary Tarantella server and the... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3579"
  source_address_prefix       = "10.20.0.10"
  destination_address_prefix  = "10.30.0.20"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.core-servers.name
}

# R009: Used to authenticate users and/or provide webtop content using LDAP. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections
#   between Tarantella servers and application servers)
# From Tarantella server (tta1) in DMZ: 10.20.0.10
# To Directory (ldap1) in Core servers: 10.30.0.5
resource "azurerm_network_security_rule" "core-servers-r009" {
  name                        = "portolan-r009"
  description                 = "R009: Used to authenticate users and/or provide webtop content using LDAP. (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "389"
  source_address_prefix       = "10.20.0.10"
  destination_address_prefix  = "10.30.0.5"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.core-servers.name
}

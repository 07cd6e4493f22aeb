// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package dapp

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RequestOrder is an auto generated low-level Go binding around an user-defined struct.
type RequestOrder struct {
	App                common.Address
	Appmaxprice        *big.Int
	Dataset            common.Address
	Datasetmaxprice    *big.Int
	Workerpool         common.Address
	Workerpoolmaxprice *big.Int
	Requester          common.Address
	Volume             *big.Int
	Tag                [32]byte
	Category           *big.Int
	Trust              *big.Int
	Beneficiary        common.Address
	Callback           common.Address
	Params             string
	Salt               [32]byte
	Sign               []byte
}

// PriceOracleMetaData contains all meta data concerning the PriceOracle contract.
var PriceOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub_\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"label_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sources\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"PriceUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hub\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"label\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastTask\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"value_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sources_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updates_\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"taskid_\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskid\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"result\",\"type\":\"bytes\"}],\"name\":\"receiveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"app\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"appmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dataset\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"datasetmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"workerpool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"workerpoolmaxprice\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"volume\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"category\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"trust\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sign\",\"type\":\"bytes\"}],\"internalType\":\"structRequestOrder\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"request\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sources\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updatedAt\",\"outputs\":[{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"updates\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"value\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "607983291c7f3a2a80b715bc2d800cd56c",
	Bin: "0x60c0604052346102cd57610f2b80380380610019816102d1565b9283398101906040818303126102cd578051906001600160a01b038216908183036102cd576020810151906001600160401b0382116102cd570183601f820112156102cd578051906001600160401b03821161024b57610082601f8301601f19166020016102d1565b94828652602083830101116102cd57815f9260208093018388015e85010152156102975781511561025f576080523360a05280516001600160401b03811161024b575f54600181811c91168015610241575b602082101461022d57601f81116101c0575b50602091601f8211600114610162579181925f92610157575b50508160011b915f199060031b1c1916175f555b604051610c3490816102f782396080518181816101fd015281816104010152818161086201526108fa015260a0518181816101a90152818161032d01526108320152f35b015190505f806100ff565b601f198216925f8052805f20915f5b8581106101a857508360019510610190575b505050811b015f55610113565b01515f1960f88460031b161c191690555f8080610183565b91926020600181928685015181550194019201610171565b818111156100e6575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208410610225575b81601f9101920160051c03905f5b8281106102185750506100e6565b5f8282015560010161020a565b5f91506101fc565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100d4565b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152601060248201526f1bdc9858db194e881b9bc81b1858995b60821b6044820152606490fd5b60405162461bcd60e51b815260206004820152600e60248201526d37b930b1b6329d10373790343ab160911b6044820152606490fd5b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761024b5760405256fe6080806040526004361015610012575f80fd5b5f905f3560e01c908163143ce5fd14610944575080632e0f262514610929578063365a86fc146108e557806336810e5d1461081d5780633fa4f245146107f657806352bfe7891461079e5780635dd80855146103ab57806368a82ef6146103845780637519ab501461035c5780638da5cb5b14610317578063b6aff92d146102f0578063c8cd54b5146101945763cb4774c4146100ad575f80fd5b3461019157806003193601126101915760405190808054906100ce82610993565b808552916001811690811561016a575060011461010e575b61010a846100f6818603826109cb565b604051918291602083526020830190610a01565b0390f35b8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b808210610150575090915081016020016100f6826100e6565b919260018160209254838588010152019101909291610137565b60ff191660208087019190915292151560051b850190920192506100f691508390506100e6565b80fd5b5034610191576101a33661095e565b6101d7337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610a25565b6101e360c08201610c13565b6001600160a01b03163014806102d2575b156102825781907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b1561027e5760405163df47e34760e01b815291839183918290849082906102519060048301610acf565b03925af18015610273576102625750f35b8161026c916109cb565b6101915780f35b6040513d84823e3d90fd5b5050fd5b60405162461bcd60e51b815260206004820152602260248201527f6f7261636c653a206e6f7420612072657175657374206f662074686973206665604482015261195960f21b6064820152608490fd5b50306001600160a01b036102e96101808401610c13565b16146101f4565b5034610191578060031936011261019157602063ffffffff60015460801c16604051908152f35b50346101915780600319360112610191576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5034610191578060031936011261019157602064ffffffffff60015460a01c16604051908152f35b5034610191578060031936011261019157602063ffffffff60015460c81c16604051908152f35b50346101915760403660031901126101915760043560243567ffffffffffffffff811161073b573660238201121561073b57806004013567ffffffffffffffff811161075b578101602481019036821161079a577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361075f576060908390031261075b5760248201359060448301359260648101359067ffffffffffffffff8211610757570190806043830112156107535760248201359167ffffffffffffffff831161073f578690604051936104976020601f19601f84011601866109cb565b80855260208501936044838301011161073b57806044602093018537840101528151902060405186549087816104cc84610993565b9182825260208201946001811690815f1461071f57506001146106c2575b6104f6925003826109cb565b519020036106855782151580610677575b15610632576001600160801b0382116105ed576001546001600160c81b0319166001600160801b038316174260a01b64ffffffffff60a01b16608085901b63ffffffff60801b16828117821760c81c63ffffffff9081169081146105d95763ffffffff60c81b199093161717600191820160c81b63ffffffff60c81b16179055600284905560408051928352602083019390935260609282018390527ff9cd3d0ac65e291909e3792992187a13887de098964abd457ca959087e1bf85e9282916105d391830190610a01565b0390a280f35b634e487b7160e01b89526011600452602489fd5b60405162461bcd60e51b815260206004820152601a60248201527f6f7261636c653a2076616c7565206f7574206f662072616e67650000000000006044820152606490fd5b60405162461bcd60e51b815260206004820152601d60248201527f6f7261636c653a20626164206e756d626572206f6620736f75726365730000006044820152606490fd5b5063ffffffff831115610507565b60405162461bcd60e51b81526020600482015260156024820152741bdc9858db194e88185b9bdd1a195c881b1858995b605a1b6044820152606490fd5b508980529089907f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b8183106107035750509060206104f6928201016104ea565b60209193508060019154838588010152019101909183926106eb565b60ff19168652506104f692151560051b820160200190506104ea565b8280fd5b634e487b7160e01b87526041600452602487fd5b8580fd5b8680fd5b8380fd5b60405162461bcd60e51b815260206004820152601360248201527237b930b1b6329d103737ba103a343290343ab160691b6044820152606490fd5b8480fd5b503461019157806003193601126101915760a060015460025463ffffffff604051926001600160801b0381168452818160801c16602085015264ffffffffff81861c16604085015260c81c1660608301526080820152f35b503461019157806003193601126101915760206001600160801b0360015416604051908152f35b50346108e15761082c3661095e565b610860337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614610a25565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316803b156108e157604051630e29d52d60e21b8152915f9183918290849082906108b69060048301610acf565b03925af180156108d6576108c8575080f35b6108d491505f906109cb565b005b6040513d5f823e3d90fd5b5f80fd5b346108e1575f3660031901126108e1576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346108e1575f3660031901126108e157602060405160068152f35b346108e1575f3660031901126108e1576020906002548152f35b60206003198201126108e1576004359067ffffffffffffffff82116108e1576102009082900360031901126108e15760040190565b90600182811c921680156109c1575b60208310146109ad57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916109a2565b90601f8019910116810190811067ffffffffffffffff8211176109ed57604052565b634e487b7160e01b5f52604160045260245ffd5b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b15610a2c57565b60405162461bcd60e51b815260206004820152601560248201527437b930b1b6329d103737ba103a34329037bbb732b960591b6044820152606490fd5b35906001600160a01b03821682036108e157565b9035601e19823603018112156108e157016020813591019167ffffffffffffffff82116108e15781360383136108e157565b908060209392818452848401375f828201840152601f01601f1916010190565b60208152610c1091906001600160a01b03610ae983610a69565b1660208201526020820135604082015260018060a01b03610b0c60408401610a69565b1660608201526060820135608082015260018060a01b03610b2f60808401610a69565b1660a082015260a082013560c082015260018060a01b03610b5260c08401610a69565b1660e082015260e082013561010082015261010082013561012082015261012082013561014082015261014082013561016082015260018060a01b03610b9b6101608401610a69565b1661018082015260018060a01b03610bb66101808401610a69565b166101a0820152610bfd610be5610bd16101a0850185610a7d565b6102006101c0860152610220850191610aaf565b926101c08101356101e08401526101e0810190610a7d565b91610200601f1982860301910152610aaf565b90565b356001600160a01b03811681036108e1579056fea164736f6c6343000825000a",
}

// PriceOracle is an auto generated Go binding around an Ethereum contract.
type PriceOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PriceOracle) GetABI() abi.ABI {
	return c.abi
}

// NewPriceOracle creates a new instance of PriceOracle.
func NewPriceOracle() *PriceOracle {
	parsed, err := PriceOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PriceOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PriceOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address hub_, string label_) returns()
func (priceOracle *PriceOracle) PackConstructor(hub_ common.Address, label_ string) []byte {
	enc, err := priceOracle.abi.Pack("", hub_, label_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DECIMALS() view returns(uint8)
func (priceOracle *PriceOracle) PackDECIMALS() []byte {
	enc, err := priceOracle.abi.Pack("DECIMALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DECIMALS() view returns(uint8)
func (priceOracle *PriceOracle) TryPackDECIMALS() ([]byte, error) {
	return priceOracle.abi.Pack("DECIMALS")
}

// UnpackDECIMALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e0f2625.
//
// Solidity: function DECIMALS() view returns(uint8)
func (priceOracle *PriceOracle) UnpackDECIMALS(data []byte) (uint8, error) {
	out, err := priceOracle.abi.Unpack("DECIMALS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36810e5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (priceOracle *PriceOracle) PackCancel(o RequestOrder) []byte {
	enc, err := priceOracle.abi.Pack("cancel", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36810e5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (priceOracle *PriceOracle) TryPackCancel(o RequestOrder) ([]byte, error) {
	return priceOracle.abi.Pack("cancel", o)
}

// PackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hub() view returns(address)
func (priceOracle *PriceOracle) PackHub() []byte {
	enc, err := priceOracle.abi.Pack("hub")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHub is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365a86fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hub() view returns(address)
func (priceOracle *PriceOracle) TryPackHub() ([]byte, error) {
	return priceOracle.abi.Pack("hub")
}

// UnpackHub is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365a86fc.
//
// Solidity: function hub() view returns(address)
func (priceOracle *PriceOracle) UnpackHub(data []byte) (common.Address, error) {
	out, err := priceOracle.abi.Unpack("hub", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLabel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb4774c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function label() view returns(string)
func (priceOracle *PriceOracle) PackLabel() []byte {
	enc, err := priceOracle.abi.Pack("label")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLabel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb4774c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function label() view returns(string)
func (priceOracle *PriceOracle) TryPackLabel() ([]byte, error) {
	return priceOracle.abi.Pack("label")
}

// UnpackLabel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb4774c4.
//
// Solidity: function label() view returns(string)
func (priceOracle *PriceOracle) UnpackLabel(data []byte) (string, error) {
	out, err := priceOracle.abi.Unpack("label", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackLastTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143ce5fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastTask() view returns(bytes32)
func (priceOracle *PriceOracle) PackLastTask() []byte {
	enc, err := priceOracle.abi.Pack("lastTask")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143ce5fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastTask() view returns(bytes32)
func (priceOracle *PriceOracle) TryPackLastTask() ([]byte, error) {
	return priceOracle.abi.Pack("lastTask")
}

// UnpackLastTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143ce5fd.
//
// Solidity: function lastTask() view returns(bytes32)
func (priceOracle *PriceOracle) UnpackLastTask(data []byte) ([32]byte, error) {
	out, err := priceOracle.abi.Unpack("lastTask", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latest() view returns(uint256 value_, uint256 sources_, uint256 updatedAt_, uint256 updates_, bytes32 taskid_)
func (priceOracle *PriceOracle) PackLatest() []byte {
	enc, err := priceOracle.abi.Pack("latest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52bfe789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latest() view returns(uint256 value_, uint256 sources_, uint256 updatedAt_, uint256 updates_, bytes32 taskid_)
func (priceOracle *PriceOracle) TryPackLatest() ([]byte, error) {
	return priceOracle.abi.Pack("latest")
}

// LatestOutput serves as a container for the return parameters of contract
// method Latest.
type LatestOutput struct {
	Value     *big.Int
	Sources   *big.Int
	UpdatedAt *big.Int
	Updates   *big.Int
	Taskid    [32]byte
}

// UnpackLatest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52bfe789.
//
// Solidity: function latest() view returns(uint256 value_, uint256 sources_, uint256 updatedAt_, uint256 updates_, bytes32 taskid_)
func (priceOracle *PriceOracle) UnpackLatest(data []byte) (LatestOutput, error) {
	out, err := priceOracle.abi.Unpack("latest", data)
	outstruct := new(LatestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Value = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Sources = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Updates = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Taskid = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (priceOracle *PriceOracle) PackOwner() []byte {
	enc, err := priceOracle.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (priceOracle *PriceOracle) TryPackOwner() ([]byte, error) {
	return priceOracle.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (priceOracle *PriceOracle) UnpackOwner(data []byte) (common.Address, error) {
	out, err := priceOracle.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiveResult(bytes32 taskid, bytes result) returns()
func (priceOracle *PriceOracle) PackReceiveResult(taskid [32]byte, result []byte) []byte {
	enc, err := priceOracle.abi.Pack("receiveResult", taskid, result)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dd80855.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiveResult(bytes32 taskid, bytes result) returns()
func (priceOracle *PriceOracle) TryPackReceiveResult(taskid [32]byte, result []byte) ([]byte, error) {
	return priceOracle.abi.Pack("receiveResult", taskid, result)
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8cd54b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (priceOracle *PriceOracle) PackRequest(o RequestOrder) []byte {
	enc, err := priceOracle.abi.Pack("request", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8cd54b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request((address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes) o) returns()
func (priceOracle *PriceOracle) TryPackRequest(o RequestOrder) ([]byte, error) {
	return priceOracle.abi.Pack("request", o)
}

// PackSources is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6aff92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sources() view returns(uint32)
func (priceOracle *PriceOracle) PackSources() []byte {
	enc, err := priceOracle.abi.Pack("sources")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSources is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6aff92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sources() view returns(uint32)
func (priceOracle *PriceOracle) TryPackSources() ([]byte, error) {
	return priceOracle.abi.Pack("sources")
}

// UnpackSources is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6aff92d.
//
// Solidity: function sources() view returns(uint32)
func (priceOracle *PriceOracle) UnpackSources(data []byte) (uint32, error) {
	out, err := priceOracle.abi.Unpack("sources", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackUpdatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7519ab50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatedAt() view returns(uint40)
func (priceOracle *PriceOracle) PackUpdatedAt() []byte {
	enc, err := priceOracle.abi.Pack("updatedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7519ab50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatedAt() view returns(uint40)
func (priceOracle *PriceOracle) TryPackUpdatedAt() ([]byte, error) {
	return priceOracle.abi.Pack("updatedAt")
}

// UnpackUpdatedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7519ab50.
//
// Solidity: function updatedAt() view returns(uint40)
func (priceOracle *PriceOracle) UnpackUpdatedAt(data []byte) (*big.Int, error) {
	out, err := priceOracle.abi.Unpack("updatedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a82ef6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updates() view returns(uint32)
func (priceOracle *PriceOracle) PackUpdates() []byte {
	enc, err := priceOracle.abi.Pack("updates")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68a82ef6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updates() view returns(uint32)
func (priceOracle *PriceOracle) TryPackUpdates() ([]byte, error) {
	return priceOracle.abi.Pack("updates")
}

// UnpackUpdates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68a82ef6.
//
// Solidity: function updates() view returns(uint32)
func (priceOracle *PriceOracle) UnpackUpdates(data []byte) (uint32, error) {
	out, err := priceOracle.abi.Unpack("updates", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fa4f245.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function value() view returns(uint128)
func (priceOracle *PriceOracle) PackValue() []byte {
	enc, err := priceOracle.abi.Pack("value")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fa4f245.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function value() view returns(uint128)
func (priceOracle *PriceOracle) TryPackValue() ([]byte, error) {
	return priceOracle.abi.Pack("value")
}

// UnpackValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fa4f245.
//
// Solidity: function value() view returns(uint128)
func (priceOracle *PriceOracle) UnpackValue(data []byte) (*big.Int, error) {
	out, err := priceOracle.abi.Unpack("value", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PriceOraclePriceUpdated represents a PriceUpdated event raised by the PriceOracle contract.
type PriceOraclePriceUpdated struct {
	Taskid  [32]byte
	Value   *big.Int
	Sources *big.Int
	Label   string
	Raw     *types.Log // Blockchain specific contextual infos
}

const PriceOraclePriceUpdatedEventName = "PriceUpdated"

// ContractEventName returns the user-defined event name.
func (PriceOraclePriceUpdated) ContractEventName() string {
	return PriceOraclePriceUpdatedEventName
}

// UnpackPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceUpdated(bytes32 indexed taskid, uint256 value, uint256 sources, string label)
func (priceOracle *PriceOracle) UnpackPriceUpdatedEvent(log *types.Log) (*PriceOraclePriceUpdated, error) {
	event := "PriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != priceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PriceOraclePriceUpdated)
	if len(log.Data) > 0 {
		if err := priceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range priceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
